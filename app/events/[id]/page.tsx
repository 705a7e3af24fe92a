import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventDetail, linkClass } from "@/components/event-detail";
import { eventViews } from "@/lib/event-view";
import { getStore } from "@/lib/store";

type Params = Promise<{ id: string }>;

// One page per event, made at build time; an unknown id is a real 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getStore().events.map((event) => ({ id: event.id }));
}

function findEvent(id: string) {
  const store = getStore();
  return eventViews(store).find((event) => event.id === id);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const event = findEvent((await params).id);
  if (!event) return {};
  const title = `${event.title} (${event.label})`;
  return {
    title,
    description: event.summary,
    alternates: { canonical: `/events/${event.id}` },
    openGraph: { type: "article", title, description: event.summary, url: `/events/${event.id}` },
  };
}

export default async function EventPage({ params }: { params: Params }) {
  const event = findEvent((await params).id);
  if (!event) notFound();
  const store = getStore();
  const related = event.relatedIds.flatMap((id) => store.getEvent(id) ?? []);
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/?event=${event.id}`} className={linkClass}>
          ← Libya–NATO timeline
        </Link>
      </nav>
      <EventDetail event={event} headingLevel={1}>
        {related.length > 0 && (
          <section className="text-sm">
            <h2 className="font-semibold">Related events</h2>
            <ul className="list-disc pl-5">
              {related.map((other) => (
                <li key={other.id}>
                  <Link href={`/events/${other.id}`} className={linkClass}>
                    {other.title}
                  </Link>{" "}
                  <span className="text-zinc-600 dark:text-zinc-400">({other.label})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </EventDetail>
    </main>
  );
}
