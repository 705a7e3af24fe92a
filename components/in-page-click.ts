import type { MouseEvent } from "react";

/**
 * Whether a click on a link is the reader's plain click, which the page answers itself (the
 * link's default prevented): not one that opens the link in a new tab or window.
 */
export function inPageClick(event: MouseEvent): boolean {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return false;
  event.preventDefault();
  return true;
}
