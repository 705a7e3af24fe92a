/**
 * The map's budget: what the explorer's map costs a reader of `/` (its client code, the base map
 * image, the map's data in the page), and what an event page's locator map adds to its HTML.
 * The map's geometry code (d3-geo, topojson-client, the base map) runs on the server only.
 * Alone: `npx tsx bench/run.ts map` after `npm run build` (serves .next on BENCH_PORT, 3300).
 */
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { BASE_MAP_IMAGE_PATH } from "@/lib/map/layout";
import { explorerMap } from "@/lib/map/render";
import type { Store } from "@/lib/store/build-store";
import { budgeted, info, kb, type Figure } from "./stats";
import { BUDGETS, bytes } from "./budgets";

/** The explorer's map code and geometry together, gzip. */
const MAP_BUDGET = bytes(BUDGETS.mapKb);

const gzip = (text: string) => gzipSync(text).length;

/**
 * The map's own client code (components/map/place-map.tsx and what it imports, minified), with
 * React and the explorer's query code left out: the explorer loads those anyway.
 */
async function mapCode(): Promise<string> {
  const result = await build({
    entryPoints: ["components/map/place-map.tsx"],
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    jsx: "automatic",
    alias: { "@": path.resolve(".") },
    external: ["react", "react/jsx-runtime", "@/lib/explorer-query"],
    logLevel: "silent",
  });
  return result.outputFiles.map((file) => file.text).join("");
}

/** An element of `html` from the tag holding `marker` to its closing tag (no nesting of `tag`). */
function section(html: string, marker: string, tag: string) {
  const at = html.indexOf(marker);
  if (at < 0) return "";
  const start = html.lastIndexOf(`<${tag}`, at);
  const end = html.indexOf(`</${tag}>`, at) + tag.length + 3;
  return html.slice(start, end);
}

export async function measureMap(
  baseUrl: string,
  homeHtml: string,
  store: Store,
  eventPage: string,
) {
  const code = await mapCode();
  const image = await (await fetch(new URL(BASE_MAP_IMAGE_PATH, baseUrl))).text();
  // The explorer's map props, as React's payload carries them, and the SVG markup they make.
  const data = JSON.stringify(explorerMap(store.places));
  const markup = section(homeHtml, 'data-testid="place-map"', "section");
  const eventHtml = await (await fetch(new URL(eventPage, baseUrl))).text();
  const locator = section(eventHtml, 'data-testid="locator-map"', "section");
  const without = eventHtml.replace(locator, "");
  const figures: Figure[] = [
    {
      ...budgeted(
        "explorer map: code + base map image + data in the page, gzip",
        gzip(code) + gzip(image) + gzip(data),
        MAP_BUDGET,
        kb,
      ),
      note: `code ${kb(code.length)} raw / ${kb(gzip(code))} gzip; ${BASE_MAP_IMAGE_PATH} ${kb(image.length)} / ${kb(gzip(image))}; data ${kb(data.length)} / ${kb(gzip(data))}`,
    },
    info(
      "  its SVG markup in the HTML of / (raw / gzip)",
      `${kb(markup.length)} / ${kb(gzip(markup))}`,
    ),
    info(
      `locator map in ${eventPage} (raw / gzip; page ${kb(gzip(without))} → ${kb(gzip(eventHtml))} gzip)`,
      `${kb(locator.length)} / ${kb(gzip(locator))}`,
    ),
  ];
  return figures;
}
