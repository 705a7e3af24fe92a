/** Bidirectional controls: echoed as they are, they could reorder the text around them. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * A value a reader sent, quoted back in a message: shortened to `length` characters, and each
 * bidirectional control shown as a visible escape ("U+202E"), so "%E2%80%AEfdp.exe" reads as what
 * it is, not as "exe.pdf". (React escapes the rest; a notice isolates it with <bdi>.)
 */
export const shown = (value: string, length = 40) =>
  (value.length > length ? `${value.slice(0, length)}…` : value).replace(
    BIDI_CONTROLS,
    (control) => `[U+${control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]`,
  );
