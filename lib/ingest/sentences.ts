/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof gen col lt sgt capt maj adm gov sen rep st jr sr no vs etc e.g i.e u.s u.n u.k e.u jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
);

/** Quotation marks that open and close; a straight `"` does both. */
const OPENING = new Set(["“", "‘"]);
const CLOSING = new Set(["”", "’"]);

/**
 * Splits a paragraph into sentences, verbatim (each is a slice of the paragraph, trimmed). A
 * sentence ends at . ! or ? (with any closing quote or bracket) followed by a capital or an
 * opening quote, except after an abbreviation or an initial, and never inside a quotation: a
 * quoted passage of several sentences stays with the words that attribute it.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  let depth = 0;
  let straight = false;
  for (let i = 0; i < paragraph.length; i++) {
    const char = paragraph[i]!;
    if (OPENING.has(char)) depth++;
    else if (CLOSING.has(char) && !/\w/.test(paragraph[i + 1] ?? ""))
      depth = Math.max(0, depth - 1);
    else if (char === '"') straight = !straight;
    if (!/[.!?]/.test(char)) continue;
    let end = i + 1;
    while (/["”’)\]]/.test(paragraph[end] ?? "")) {
      const closing = paragraph[end]!;
      if (closing === '"') straight = !straight;
      else if (CLOSING.has(closing)) depth = Math.max(0, depth - 1);
      end++;
    }
    const next = paragraph.slice(end).match(/^\s+(["“‘(]?)([A-Z0-9])/);
    const word = paragraph.slice(start, i).split(/\s+/).at(-1)?.toLowerCase() ?? "";
    const abbreviation =
      char === "." && (ABBREVIATIONS.has(word.replace(/^[("“]/, "")) || /^[a-z]$/i.test(word));
    if (!next || abbreviation || depth > 0 || straight) {
      i = end - 1;
      continue;
    }
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
    i = end - 1;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
