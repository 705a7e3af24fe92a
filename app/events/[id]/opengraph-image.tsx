import { notFound } from "next/navigation";
import { ogCard, ogLead, ogTitle } from "@/components/og-card";
import { OG_CONTENT_TYPE, OG_SIZE } from "@/lib/views/og-image";
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

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const store = getStore();
  const event = store.getEvent((await params).id);
  if (!event) notFound();
  const publishers = citedPublishers(store, event);
  return ogCard(
    [ogLead(event.label, event.type), ogTitle(event.title)],
    `Sources: ${publishers.join(", ")}`,
  );
}
