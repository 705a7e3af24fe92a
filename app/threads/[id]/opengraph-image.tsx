import { notFound } from "next/navigation";
import { ogCard, ogLead, ogTitle } from "@/components/og-card";
import { OG_CONTENT_TYPE, OG_SIZE } from "@/lib/views/og-image";
import {
  stepSpan,
  THREAD_IMAGE_ALT,
  threadPageProps,
  threadParams,
} from "@/lib/views/thread-pages";
import { getStore } from "@/lib/store/store";

// One link-preview image per thread, beside its pages (pages/threads/), made at build time.
export const alt = THREAD_IMAGE_ALT;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamic = "force-static";
// Threads are few: every image is made at build time, and an unknown id is a plain 404.
export const dynamicParams = false;
export const generateStaticParams = () => threadParams(getStore());

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const props = threadPageProps(getStore(), (await params).id);
  if (!props) notFound();
  const { title, steps } = props.thread;
  return ogCard(
    [ogLead(stepSpan(steps), `thread of ${steps.length} steps`), ogTitle(title)],
    "Threads: one line of the story, step by step",
  );
}
