import { markedPieces } from "@/lib/explorer/search-marks";

/** `text` with the words a text search matched (`marks`, folded) in <mark>. */
export function MarkedText({ text, marks }: { text: string; marks?: readonly string[] }) {
  if (!marks || marks.length === 0) return text;
  return markedPieces(text, marks).map((piece, index) =>
    index % 2 ? (
      <mark
        key={index}
        className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-800 dark:text-white"
      >
        {piece}
      </mark>
    ) : (
      piece
    ),
  );
}
