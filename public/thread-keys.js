// Thread pages (pages/threads/) ship no React: the ← and → keys follow the page's rel=prev and
// rel=next links, unless the reader is typing or holds a modifier (browser shortcuts).
document.querySelector("[data-thread-keys-hint]")?.removeAttribute("hidden");
document.addEventListener("keydown", (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  if (event.target.closest("input, textarea, select, [contenteditable]")) return;
  const rel = { ArrowLeft: "prev", ArrowRight: "next" }[event.key];
  const link = rel && document.querySelector(`[data-thread-nav] a[rel="${rel}"]`);
  if (link) {
    event.preventDefault();
    link.click();
  }
});
