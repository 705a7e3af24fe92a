/**
 * The largest contentful paint of a page load, as Chromium itself reports it (its
 * `largest-contentful-paint` entries, through the DevTools protocol, so that it is measured the
 * same with the page's JavaScript off), in ms from the request of the page's document.
 */
import type { CDPSession } from "@playwright/test";

/** The page is taken as drawn once no larger paint has come for this long after its load. */
const QUIET_MS = 1_500;
const GIVE_UP_MS = 30_000;

export interface LargestPaint {
  ms: number;
  /** What was painted: the element's tag and class, or the image's address. */
  what: string;
}

/** Starts watching; call before navigating. `settled()` waits for the last entry after load. */
export async function watchLargestPaint(cdp: CDPSession) {
  let documentRequestedAt: number | null = null;
  let last: { renderTime: number; url: string; nodeId: number | undefined } | null = null;
  let lastAt = Date.now();
  cdp.on("Network.requestWillBeSent", ({ type, wallTime }) => {
    if (type === "Document" && documentRequestedAt === null) documentRequestedAt = wallTime;
  });
  cdp.on("PerformanceTimeline.timelineEventAdded", ({ event }) => {
    const details = event.lcpDetails;
    if (!details) return;
    // Text has no load time; an image's render time may be 0 when it is cross-origin.
    const renderTime = details.renderTime || details.loadTime;
    last = { renderTime, url: details.url ?? "", nodeId: details.nodeId };
    lastAt = Date.now();
  });
  await cdp.send("Network.enable");
  await cdp.send("PerformanceTimeline.enable", { eventTypes: ["largest-contentful-paint"] });
  return {
    async settled(): Promise<LargestPaint> {
      const started = Date.now();
      while (Date.now() - lastAt < QUIET_MS || last === null) {
        if (Date.now() - started > GIVE_UP_MS) throw new Error("No largest contentful paint");
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (documentRequestedAt === null) throw new Error("No document request seen");
      const entry: { renderTime: number; url: string; nodeId: number | undefined } = last;
      return {
        ms: (entry.renderTime - documentRequestedAt) * 1000,
        what: entry.url || (await describe(cdp, entry.nodeId)),
      };
    },
  };
}

async function describe(cdp: CDPSession, backendNodeId: number | undefined): Promise<string> {
  if (backendNodeId === undefined) return "?";
  const { node } = await cdp.send("DOM.describeNode", { backendNodeId });
  const attributes = node.attributes ?? [];
  const className = attributes[attributes.indexOf("class") + 1];
  const tag = node.nodeName.toLowerCase();
  return attributes.includes("class") && className
    ? `${tag}.${className.split(/\s+/).slice(0, 3).join(".")}`
    : tag;
}
