import { notFound } from "next/navigation";
import { ogCard } from "@/components/og-card";
import { OG_CONTENT_TYPE, OG_SIZE, ogText } from "@/lib/views/og-image";
import { EVENT_IMAGE_ALT, prerenderedEventParams } from "@/lib/views/event-pages";
import { getStore } from "@/lib/store/store";
import { citedPublishers } from "@/lib/store/cited";

// One link-preview image per event, drawn at build time like the event pages themselves.
export const alt = EVENT_IMAGE_ALT;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
// Made once (at build time or on first request) and kept: the store changes only on deploy.
export const dynamic = "force-static";
export const generateStaticParams = prerenderedEventParams;

/** Long titles get a smaller face so that they still fit in three or four lines. */
const titleSize = (title: string) => (title.length <= 60 ? 68 : title.length <= 90 ? 58 : 48);

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const store = getStore();
  const event = store.getEvent((await params).id);
  if (!event) notFound();
  const publishers = citedPublishers(store, event);
  // Beyond ~160 characters no face fits: cut at a word and say so.
  const title = ogText(event.title).replace(/^(.{150}\S*)\s.+$/s, "$1 …");
  return ogCard(
    [
      <div key="when" style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 32 }}>
        <span style={{ fontWeight: 700 }}>{ogText(event.label)}</span>
        <span
          style={{
            padding: "2px 16px",
            borderRadius: 8,
            border: "2px solid #a1a1aa",
            color: "#3f3f46",
            fontSize: 26,
          }}
        >
          {event.type}
        </span>
      </div>,
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
      </div>,
    ],
    `Sources: ${publishers.join(", ")}`,
  );
}
