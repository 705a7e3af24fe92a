/** The address used when SITE_URL is not set: right for a local build only. */
const DEFAULT_SITE_URL = "http://localhost:3000";

/** A SITE_URL value as the site uses it: the default when unset, no trailing slash. */
export const siteUrlOf = (value: string | undefined) =>
  (value || DEFAULT_SITE_URL).replace(/\/+$/, "");

/** Why a SITE_URL value is no public address (in words for an operator), or null. */
export function siteUrlProblem(value: string | undefined): string | null {
  if (!value) return `SITE_URL is not set: every absolute link will name ${DEFAULT_SITE_URL}.`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL "${value}" is not an absolute URL (e.g. https://timeline.example.org).`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return `SITE_URL "${value}" must be an http or https address.`;
  }
  if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/.test(url.hostname)) {
    return `SITE_URL "${value}" is a loopback address: no reader can follow its links.`;
  }
  return null;
}

/**
 * The site's public address, for canonical links, citations, feeds, the sitemap, robots.txt, link
 * previews and embed snippets. Read when the site is BUILT: next.config.ts writes the build's
 * value into the code (`env`), so that pages made at build time and pages rendered later name
 * the same address; `next start` warns when it is given another (instrumentation.ts).
 */
export const SITE_URL = siteUrlOf(process.env.SITE_URL);

export const SITE_NAME = "Libya–NATO security-assistance timeline";

/** An absolute URL on this site for a path such as "/events/x". */
/** The site's own paths of an event, a source, a thread and a thread's step. */
export const eventPath = (eventId: string) => `/events/${eventId}`;
export const sourcePath = (sourceId: string) => `/sources/${sourceId}`;
export const threadPath = (threadId: string) => `/threads/${threadId}`;
export const stepPath = (threadId: string, eventId: string) => `${threadPath(threadId)}/${eventId}`;

export const absoluteUrl = (path: string) => `${SITE_URL}${path.startsWith("/") ? "" : "/"}${path}`;

/** Built by `npm run build:export` as plain files (no server): see next.config.ts and README. */
export const STATIC_EXPORT = Boolean(process.env.STATIC_EXPORT);

/** A page's <title>: "NATO ministers meet (6 Oct 2011) · Libya–NATO timeline". */
export const pageTitle = (title: string) => `${title} · Libya–NATO timeline`;
