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

/** The card's first line: a date in bold, and a word about what the card shows in a frame. */
export const ogLead = (date: string, kind: string) => (
  <div key="lead" style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 32 }}>
    <span style={{ fontWeight: 700 }}>{ogText(date)}</span>
    <span
      style={{
        padding: "2px 16px",
        borderRadius: 8,
        border: "2px solid #a1a1aa",
        color: "#3f3f46",
        fontSize: 26,
      }}
    >
      {ogText(kind)}
    </span>
  </div>
);

/** Long titles get a smaller face so that they still fit in three or four lines. */
const titleSize = (title: string) => (title.length <= 60 ? 68 : title.length <= 90 ? 58 : 48);

/** The card's title; beyond ~160 characters no face fits, so it is cut at a word, and says so. */
export function ogTitle(text: string) {
  const title = ogText(text).replace(/^(.{150}\S*)\s.+$/s, "$1 …");
  return (
    <div
      key="title"
      style={{
        marginTop: 28,
        fontSize: titleSize(title),
        fontWeight: 700,
        lineHeight: 1.15,
        letterSpacing: -1,
      }}
    >
      {title}
    </div>
  );
}
