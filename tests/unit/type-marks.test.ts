import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EVENT_TYPES } from "@/lib/store/event-types";

// The types' colours on the timeline and beside the Type filter (app/globals.css), read from
// the stylesheet itself: each must stand out from the page by 3:1 (WCAG AA for graphics), in
// light and in dark, and come with a shape, so that no type differs by colour alone.
const css = readFileSync(path.join(process.cwd(), "app", "globals.css"), "utf8");
const [light = "", dark = ""] = css
  .slice(css.indexOf("/* A type's mark"))
  .split("@media (prefers-color-scheme: dark)");

const colourOf = (block: string, type: string) =>
  new RegExp(`\\.tl-t-${type} \\{\\s*--tl-type: (#[0-9a-f]{6});`).exec(block)?.[1];

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
};

describe("the types' marks", () => {
  it.each(EVENT_TYPES)("%s has a colour of 3:1 against the page, light and dark", (type) => {
    const onLight = colourOf(light, type);
    const onDark = colourOf(dark, type);
    expect(onLight, `${type} (light)`).toBeDefined();
    expect(onDark, `${type} (dark)`).toBeDefined();
    expect(contrast(onLight!, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(contrast(onDark!, "#09090b")).toBeGreaterThanOrEqual(3);
  });

  it("gives every type a shape", () => {
    for (const type of EVENT_TYPES) {
      const rule = new RegExp(`\\.tl-t-${type}[,\\s][^{]*\\{\\s*--tl-shape:`);
      expect(light, type).toMatch(rule);
    }
  });
});
