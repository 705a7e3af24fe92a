import { parseHTML } from "linkedom";

/** Elements whose text is not part of the page as read. */
const HIDDEN = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "HEAD", "IFRAME"]);
/** Elements that start a new line of the page's text. */
const BLOCKS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL".split(
    " ",
  ),
);

/**
 * The text of a capture as a reader sees it, one line per block: the plain-text capture itself,
 * or for a saved HTML page (`.html`) the text content of its body, a line per paragraph,
 * heading, list item… The validator checks source texts against this, so "deletions only"
 * holds against what the page shows, not against its markup.
 */
export function captureText(fileName: string, raw: string): string {
  return /\.html?$/i.test(fileName) ? pageText(raw) : raw;
}

export function pageText(html: string): string {
  const { document } = parseHTML(html);
  const lines: string[] = [];
  let current = "";
  const breakLine = () => {
    const line = current.replace(/\s+/g, " ").trim();
    if (line) lines.push(line);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toUpperCase();
    if (HIDDEN.has(name)) return;
    const block = BLOCKS.has(name);
    if (block) breakLine();
    node.childNodes.forEach(walk);
    if (block) breakLine();
  };
  const root = document.body ?? document.documentElement;
  if (root) walk(root);
  breakLine();
  return lines.join("\n\n");
}
