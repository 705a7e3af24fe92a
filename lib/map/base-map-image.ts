import { BASE_MAP_SOURCE } from "../store/base-map";
import { EXPLORER_MAP_WIDTH } from "./layout";
import { baseMapSvg } from "./render";

/**
 * The explorer's base map as a stand-alone SVG image: kept out of the page's HTML (the page
 * would carry it twice, in the markup and in React's payload) and cached by the browser. Light
 * colours; the page inverts them in dark mode.
 */
export function baseMapImage(): string {
  const { width, height, land, borders } = baseMapSvg(EXPLORER_MAP_WIDTH);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<desc>${BASE_MAP_SOURCE}</desc>`,
    `<path fill="#d4d4d8" d="${land}"/>`,
    `<path fill="none" stroke="#ffffff" stroke-width="0.6" stroke-linejoin="round" d="${borders}"/>`,
    `</svg>`,
  ].join("");
}
