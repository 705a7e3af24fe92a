"use client";

import { useEffect, useRef, useState } from "react";
import { MAX_QUERY_LENGTH } from "@/lib/explorer/explorer-query";

const DEBOUNCE_MS = 300;
/** Commits this close together amend one history entry instead of making new ones. */
const TYPING_SESSION_MS = 2000;

/**
 * The free-text search. Typing updates the box at once and the URL after a short pause, so
 * filtering never slows typing and history gets one entry per burst of typing.
 */
export function SearchBox({
  value,
  onSearch,
  onFocus,
}: {
  /** The search text in the URL. */
  value: string;
  onSearch: (text: string, mode: "push" | "replace") => void;
  onFocus: () => void;
}) {
  const [draft, setDraft] = useState(value);
  const [committed, setCommitted] = useState(value);
  // The URL changed from elsewhere (back/forward, a cleared filter): show its text.
  if (value !== committed) {
    setCommitted(value);
    setDraft(value);
  }

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const lastCommit = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (text: string) => {
    clearTimeout(timer.current);
    const trimmed = text.trim();
    if (trimmed === committed) return;
    const now = Date.now();
    setCommitted(trimmed);
    onSearch(trimmed, now - lastCommit.current < TYPING_SESSION_MS ? "replace" : "push");
    lastCommit.current = now;
  };

  return (
    <div className="space-y-1">
      <label htmlFor="search" className="block text-sm font-semibold">
        Search
      </label>
      <input
        id="search"
        name="q"
        type="search"
        value={draft}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Words, names, places…"
        autoComplete="off"
        className="w-full rounded border border-zinc-400 bg-white px-2 py-1.5 dark:border-zinc-600 dark:bg-zinc-900"
        onFocus={onFocus}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(text), DEBOUNCE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            commit(event.currentTarget.value);
          }
        }}
      />
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Titles, summaries, quotes, actors and places; typos and accents are forgiven.
      </p>
    </div>
  );
}
