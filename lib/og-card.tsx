import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ImageResponse } from "next/og";
import type { ReactElement } from "react";
import { SITE_NAME } from "./site";

/** Link-preview images: the size Open Graph and X/Twitter's large card expect. */
export const OG_SIZE = { width: 1200, height: 630 };
export const OG_CONTENT_TYPE = "image/png";

// next/og fetches a font from the network for any character its fonts lack, and this machine
// has no network: the fonts ship in the repo (app/fonts/LICENSE.txt), read at build time.
const fontFile = (name: string) => readFile(join(process.cwd(), "app", "fonts", name));
let fonts: Promise<NonNullable<ConstructorParameters<typeof ImageResponse>[1]>["fonts"]>;
const loadFonts = () =>
  (fonts ??= Promise.all([fontFile("DejaVuSans.ttf"), fontFile("DejaVuSans-Bold.ttf")]).then(
    ([regular, bold]) => [
      { name: "DejaVu Sans", data: regular, weight: 400, style: "normal" },
      { name: "DejaVu Sans", data: bold, weight: 700, style: "normal" },
    ],
  ));

/**
 * For a character its fonts lack, next/og downloads a font (it logs the failure offline and draws
 * nothing) or, for an emoji, an image (that failure breaks the build). DejaVu Sans has the store's
 * Latin text and ©, ®, ™: drop only pictographs, flags and the marks that build emoji.
 */
export const ogText = (text: string) =>
  text
    .replace(
      /(?![©®™])[\p{Extended_Pictographic}\p{RI}\p{EMod}\u{FE0F}\u{200D}\u{20E3}\u{E0020}-\u{E007F}]/gu,
      "",
    )
    .replace(/\s+/g, " ")
    .trim();

/**
 * The card every preview shares: site name on top, `parts` stacked in the middle, `footer` below.
 * `parts` is a keyed array, not a fragment: satori lays a fragment's children out in a row.
 */
export async function ogCard(parts: ReactElement[], footer: string) {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        padding: "48px 64px 52px",
        background: "#fafafa",
        color: "#18181b",
        fontFamily: "DejaVu Sans",
        borderTop: "14px solid #1d4ed8",
      }}
    >
      <div style={{ fontSize: 28, fontWeight: 700, color: "#1d4ed8" }}>{SITE_NAME}</div>
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, marginTop: 36 }}>
        {parts}
      </div>
      <div style={{ fontSize: 26, color: "#3f3f46" }}>{ogText(footer)}</div>
    </div>,
    { ...OG_SIZE, fonts: await loadFonts() },
  );
}
