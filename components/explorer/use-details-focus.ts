"use client";

import { useCallback, useEffect, useRef } from "react";

/**
 * Focus for the details panel: `readDetails` moves it there and `closeDetails` deselects
 * (`deselect`) and brings it back where it was, or to the event's row when it was in the panel.
 * Selecting never scrolls the page: the details show in their own panel (DetailsPanel).
 */
export function useDetailsFocus(selectedId: string | null, deselect: () => void) {
  const panelRef = useRef<HTMLElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  // Called from key and swipe handlers: they must see the latest selection.
  const latestId = useRef(selectedId);
  useEffect(() => {
    latestId.current = selectedId;
  }, [selectedId]);
  const readDetails = useCallback(() => {
    const active = document.activeElement;
    returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : null;
    panelRef.current?.focus();
  }, []);
  const closeDetails = useCallback(() => {
    const id = latestId.current;
    const inPanel = panelRef.current?.contains(document.activeElement);
    const back =
      returnFocus.current ??
      (inPanel && id ? document.getElementById(id)?.querySelector("a") : null);
    returnFocus.current = null;
    deselect();
    back?.focus();
  }, [deselect]);
  return { panelRef, readDetails, closeDetails };
}
