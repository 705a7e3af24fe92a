// Copy buttons on pages that ship no React (components/copy-button-static.tsx): each button
// copies its data-copy text and says how that went in the status beside it.
for (const button of document.querySelectorAll("button[data-copy]")) {
  const status = button.nextElementSibling;
  button.hidden = false;
  button.addEventListener("click", () => {
    // Inside a promise: without clipboard access (no HTTPS, say) `navigator.clipboard` is absent.
    Promise.resolve(button.dataset.copy)
      .then((text) => navigator.clipboard.writeText(text))
      .then(
        () => (status.textContent = "Copied"),
        () => (status.textContent = "Could not copy: select the text"),
      );
  });
}
