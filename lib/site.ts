/** The site's public address, for canonical links, citations, feeds and link previews. */
export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

export const SITE_NAME = "Libya–NATO security-assistance timeline";

/** An absolute URL on this site for a path such as "/events/x". */
export const absoluteUrl = (path: string) => `${SITE_URL}${path.startsWith("/") ? "" : "/"}${path}`;

/** Built by `npm run build:export` as plain files (no server): see next.config.ts and README. */
export const STATIC_EXPORT = Boolean(process.env.STATIC_EXPORT);

/** A page's <title>: "NATO ministers meet (6 Oct 2011) · Libya–NATO timeline". */
export const pageTitle = (title: string) => `${title} · Libya–NATO timeline`;
