import { ogCard } from "@/components/og-card";
import { OG_CONTENT_TYPE, OG_SIZE } from "@/lib/views/og-image";
import { getStore } from "@/lib/store/store";

// The site's default link preview (the home page, and any page without an image of its own).
export const alt = "Libya–NATO security-assistance timeline: how many events and sources it holds";
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
// Drawn at build time: the store changes only on deploy (a static export requires saying so).
export const dynamic = "force-static";

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

export default async function Image() {
  const { events, sources } = getStore();
  // Events arrive oldest first: "20 events from 5 sources, 2011–2020", as the store is now.
  const first = events[0]?.when.earliest.slice(0, 4);
  const last = events.at(-1)?.when.earliest.slice(0, 4);
  const span = first === last ? first : `${first}–${last}`;
  const publishers = [...new Set(sources.map((source) => source.publisher))].sort();
  return ogCard(
    [
      <div
        key="claim"
        style={{ fontSize: 64, fontWeight: 700, lineHeight: 1.15, letterSpacing: -1 }}
      >
        Every event traced to the sentence that reports it
      </div>,
      <div key="count" style={{ marginTop: 36, fontSize: 40, color: "#3f3f46" }}>
        {`${count(events.length, "event")} from ${count(sources.length, "source")}${span ? `, ${span}` : ""}`}
      </div>,
    ],
    `Sources: ${publishers.slice(0, 6).join(", ")}${publishers.length > 6 ? ", …" : ""}`,
  );
}
