/** Longest wait for an idle moment: a busy page still gets the work done soon after. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Calls `work` when the browser is next idle (within IDLE_TIMEOUT_MS); in a browser without
 * `requestIdleCallback` (Safari), after that long. `cancel` forgets it.
 */
export function whenIdle(work: () => void): { cancel: () => void } {
  if ("requestIdleCallback" in window) {
    const handle = window.requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    return { cancel: () => window.cancelIdleCallback(handle) };
  }
  const timer = setTimeout(work, IDLE_TIMEOUT_MS);
  return { cancel: () => clearTimeout(timer) };
}
