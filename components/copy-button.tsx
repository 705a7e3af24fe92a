"use client";

import { useState } from "react";
import { COPY_BUTTON_CLASS } from "./copy-button-static";

/**
 * Copies a text to the clipboard. The text itself is always on the page beside it, selectable,
 * so without JavaScript (or clipboard access) nothing is lost.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2 print:hidden">
      <button
        type="button"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setState("copied"),
            () => setState("failed"),
          )
        }
        className={COPY_BUTTON_CLASS}
      >
        {label}
      </button>
      {/* Outside the button: a button's content is not read out as a live region. */}
      <span role="status" className="text-sm">
        {state === "copied"
          ? "Copied"
          : state === "failed"
            ? "Could not copy: select the text"
            : ""}
      </span>
    </span>
  );
}
