/** Link-preview images: the size Open Graph and X/Twitter's large card expect. */
export const OG_SIZE = { width: 1200, height: 630 };
export const OG_CONTENT_TYPE = "image/png";

/**
 * For a character its fonts lack, next/og downloads a font (it logs the failure offline and draws
 * nothing) or, for an emoji, an image (that failure breaks the build). DejaVu Sans has the store's
 * Latin text and ©, ®, ™: drop only pictographs, flags and the marks that build emoji.
 */
export const ogText = (text: string) =>
  text
    .replace(
      /(?![©®™])[\p{Extended_Pictographic}\p{RI}\p{EMod}\u{FE0F}\u{200D}\u{20E3}\u{E0020}-\u{E007F}]/gu,
      "",
    )
    .replace(/\s+/g, " ")
    .trim();
