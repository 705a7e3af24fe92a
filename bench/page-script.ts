/**
 * Code that runs inside the page, kept as plain JavaScript text: tsx rewrites functions (it wraps
 * them in `__name(…)`), so a function passed to page.evaluate would break in the browser.
 *
 * It records long tasks from the start; `window.__bench.firstItem` resolves with the time (since
 * navigation start) when the timeline first has an item in its DOM, and two animation frames
 * later, i.e. when a frame showing it has been produced. `window.__bench.measure(action)`
 * times one filter change: from just before the input event is dispatched to the second
 * animation frame after both the result line ("N of M events") and the timeline's DOM changed,
 * i.e. until a frame showing both has been produced. `window.__bench.quiet(quietMs, timeoutMs)`
 * waits until no long task has run for quietMs.
 */
export const PAGE_SCRIPT = String.raw`
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {}

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const rows = () => document.querySelectorAll('[data-testid="event"]').length;

  // The first timeline item: watched from before any of the page's own scripts run.
  const hasItem = () => document.querySelector(".vis-timeline .vis-item") !== null;
  const firstItem = new Promise((resolve) => {
    const found = async () => {
      const item = performance.now();
      await frame();
      await frame();
      resolve({ item, frame: performance.now(), rows: rows() });
    };
    const observer = new MutationObserver(() => {
      if (!hasItem()) return;
      observer.disconnect();
      found();
    });
    observer.observe(document, { childList: true, subtree: true });
  });

  /** Resolves with the time of the first mutation of target for which test() holds, or null. */
  function watch(target, test, timeoutMs) {
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!test()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => { observer.disconnect(); resolve(null); }, timeoutMs);
    });
  }

  function setInputValue(input, value) {
    // React tracks the value of controlled inputs: go through the native setter, then tell it.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }

  /** Untimed preparation: open the checkbox's <details>, fill and focus a text field. */
  function prepare(action) {
    const element = document.querySelector(action.selector);
    if (!element) throw new Error("no element " + action.selector);
    element.closest("details")?.setAttribute("open", "");
    if (action.kind === "enter") {
      element.focus();
      setInputValue(element, action.value);
    }
    return element;
  }

  function act(action, element) {
    if (action.kind === "click") element.click();
    else element.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", code: "Enter", bubbles: true, cancelable: true }));
  }

  async function measure(action, timeoutMs, settleMs) {
    const count = document.querySelector('[data-testid="result-count"]');
    const timeline = document.querySelector(".vis-timeline");
    await frame();
    await frame();
    const element = prepare(action);
    await sleep(0); // let React render the typed text before the clock starts
    const before = count.textContent;
    const countChanged = watch(count, () => count.textContent !== before, timeoutMs);
    const timelineChanged = watch(timeline, () => true, timeoutMs);
    const start = performance.now();
    act(action, element);
    const [countAt, timelineAt] = await Promise.all([countChanged, timelineChanged]);
    await frame();
    await frame();
    const frameAt = performance.now();
    await sleep(settleMs);
    const tasks = longTasks.filter((task) => task.start >= start - 1 && task.start < start + settleMs);
    return {
      before,
      after: count.textContent,
      toCount: countAt === null ? null : countAt - start,
      toTimeline: timelineAt === null ? null : timelineAt - start,
      toFrame: countAt === null || timelineAt === null ? null : frameAt - start,
      longTaskTotal: tasks.reduce((sum, task) => sum + task.duration, 0),
      longTaskMax: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
      items: timeline.querySelectorAll(".vis-item").length,
      rows: rows(),
    };
  }

  /**
   * Resolves with the end of the last long task once none has run for quietMs (as Lighthouse's
   * time to interactive does), or with null after timeoutMs.
   */
  async function quiet(quietMs, timeoutMs) {
    const started = performance.now();
    const lastEnd = () => longTasks.reduce((end, task) => Math.max(end, task.start + task.duration), 0);
    while (performance.now() - started < timeoutMs) {
      const end = lastEnd();
      if (performance.now() - Math.max(end, started) >= quietMs) return end;
      await sleep(50);
    }
    return null;
  }

  window.__bench = { measure, quiet, longTasks, firstItem };
})();
`;
