import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ImageResponse } from "next/og";
import type { ReactElement } from "react";
import { SITE_NAME } from "@/lib/deploy/site";
import { OG_SIZE, ogText } from "@/lib/views/og-image";

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
