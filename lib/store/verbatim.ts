/** The mark that stands for page chrome cut out of the middle of a sentence. */
export const GAP_MARK = "[…]";

/** Collapses every run of whitespace (non-breaking spaces included) to one space. */
export const normalizeWhitespace = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * A test for passages of one text, which is normalized once for all of them: true when a passage
 * occurs in the text exactly, apart from whitespace.
 */
export function verbatimIn(text: string): (passage: string) => boolean {
  const normalized = normalizeWhitespace(text);
  return (passage) => normalized.includes(normalizeWhitespace(passage));
}

/**
 * Checks that a source text was made from its capture by deletions only: every line of the text
 * is one line of the capture with parts removed, lines keep the capture's order (each capture
 * line is used at most once, so nothing is added by repetition), and a removal
 * inside a line may be marked with […]. Returns the 1-based numbers of the lines that are not.
 */
export function linesNotFromCapture(text: string, capture: string): number[] {
  const captureLines = capture.split("\n").map(normalizeWhitespace);
  const bad: number[] = [];
  let cursor = 0;
  text.split("\n").forEach((line, index) => {
    const pieces = line
      .split(GAP_MARK)
      .map(normalizeWhitespace)
      .filter((piece) => piece.length > 0);
    if (pieces.length === 0) return;
    const found = captureLines.findIndex(
      (captureLine, at) => at >= cursor && containsInOrder(captureLine, pieces),
    );
    if (found < 0) bad.push(index + 1);
    else cursor = found + 1;
  });
  return bad;
}

function containsInOrder(line: string, pieces: string[]) {
  let from = 0;
  for (const piece of pieces) {
    const at = line.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}
