const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Text for HTML content or a quoted attribute. With `apostrophes: "keep"`, for HTML that only
 * ever puts text in content or double-quoted attributes, where an apostrophe is safe: a feed's
 * HTML stays readable as written.
 */
export const escapeHtml = (text: string, { apostrophes = "escape" } = {}) =>
  text.replace(apostrophes === "keep" ? /[&<>"]/g : /[&<>"']/g, (c) => HTML_ESCAPES[c]!);
