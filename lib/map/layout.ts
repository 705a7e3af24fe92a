// The maps' sizes and addresses: no geometry here, so that client components can import it.

/** Type sizes and mark gaps in SVG units, per map width. */
export const mapType = (width: number) => ({ fontSize: width / 24, gap: width / 80 });

/** An event page's locator map is this many SVG units wide (it is shown at about this many px). */
export const LOCATOR_WIDTH = 240;

export const EXPLORER_MAP_WIDTH = 360;

/** Where the explorer's base map is served (app/map-base.svg/route.ts). */
export const BASE_MAP_IMAGE_PATH = "/map-base.svg";
