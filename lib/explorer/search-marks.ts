/**
 * Where a text search's matched words are in a text, for <mark>: no MiniSearch here, so that
 * the list can mark words without loading the search.
 */

/** Lower-cases and strips accents, so "Sarraj" finds "Sarrāj" and "Erdoğan" finds "Erdogan". */
export const fold = (term: string) =>
  term
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** A word as MiniSearch's tokenizer cuts it: between spaces and punctuation. */
export const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/**
 * `text` cut into pieces, the odd ones being words whose folded form is one of `terms` (folded
 * words, as lib/explorer/event-search.ts `matched` gives them): ["In ", "Sirte", ", Libya"] for ["sirte"].
 */
export function markedPieces(text: string, terms: readonly string[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  if (terms.length === 0) return [text];
  for (const { 0: word, index } of text.matchAll(WORD)) {
    if (!terms.includes(fold(word))) continue;
    pieces.push(text.slice(from, index), word);
    from = index + word.length;
  }
  pieces.push(text.slice(from));
  return pieces;
}
