import type { Store } from "../store/build-store";
import { eventViews } from "./event-view";
import { absoluteUrl, threadPath, stepPath } from "../deploy/site";
import { stepAxis } from "./thread-timeline";
import { OG_CONTENT_TYPE, OG_SIZE } from "./og-image";
import type { PreviewImage } from "./page-head";

/**
 * Threads as pages: the list (/threads), the story (/threads/<id>) and one page per step, named
 * by its event (/threads/<id>/<event-id>), so a step's address survives edits to the thread.
 * Like event pages they ship no React (pages/threads/), so everything is worked out here, JSON-safe.
 */

/** A step as the story lists it. */
export interface StepLink {
  event: string;
  title: string;
  label: string;
  href: string;
  note: string | null;
  /** ISO dates: the first and last day the event may have happened. */
  earliest: string;
  latest: string;
}

/** The words that stand for a thread's preview image (app/threads/[id]/opengraph-image.tsx). */
export const THREAD_IMAGE_ALT =
  "The thread's title, its number of steps and the dates they span, on the Libya–NATO timeline";

/** A thread's preview image, an app route beside its pages; its step pages share it. */
const threadImage = (threadId: string): PreviewImage => {
  const url = absoluteUrl(`${threadPath(threadId)}/opengraph-image`);
  return {
    openGraph: url,
    twitter: url,
    type: OG_CONTENT_TYPE,
    width: String(OG_SIZE.width),
    height: String(OG_SIZE.height),
    alt: THREAD_IMAGE_ALT,
  };
};

/**
 * The years the steps span, "2011–2020" (or "2016"): by year, as the steps' own dates may be
 * spans themselves ("c. 2016 – Dec 2016").
 */
export function stepSpan(steps: readonly StepLink[]) {
  const first = steps[0]?.earliest.slice(0, 4);
  const last = steps.at(-1)?.latest.slice(0, 4);
  return first === last ? (first ?? "") : `${first}–${last}`;
}

/** Every thread, for the list. */
export function threadListProps(store: Store) {
  return {
    threads: store.threads.map((thread) => ({
      id: thread.id,
      title: thread.title,
      summary: thread.summary,
      href: threadPath(thread.id),
      steps: thread.steps.length,
    })),
    url: absoluteUrl("/threads"),
  };
}

function storyOf(store: Store, threadId: string) {
  const thread = store.getThread(threadId);
  if (!thread) return null;
  const steps: StepLink[] = thread.steps.flatMap(({ event: id, note }) => {
    const event = store.getEvent(id);
    return event
      ? [
          {
            event: id,
            title: event.title,
            label: event.label,
            href: stepPath(thread.id, id),
            note: note ?? null,
            earliest: event.when.earliest,
            latest: event.when.latest,
          },
        ]
      : [];
  });
  return { id: thread.id, title: thread.title, summary: thread.summary, steps };
}

/** The story's page: its summary and its steps, the first one to begin with. Null if unknown. */
export function threadPageProps(store: Store, threadId: string) {
  const thread = storyOf(store, threadId);
  if (!thread) return null;
  return { thread, url: absoluteUrl(threadPath(thread.id)), image: threadImage(thread.id) };
}

/** One step's page: the event in full, the thread's note, and the way back and on. */
export function stepPageProps(store: Store, threadId: string, eventId: string) {
  const thread = storyOf(store, threadId);
  const index = thread?.steps.findIndex((step) => step.event === eventId) ?? -1;
  const view = eventViews(store).find((candidate) => candidate.id === eventId);
  if (!thread || index < 0 || !view) return null;
  const step = thread.steps[index]!;
  const props = {
    thread: { id: thread.id, title: thread.title, href: threadPath(thread.id) },
    view,
    note: step.note,
    number: index + 1,
    count: thread.steps.length,
    axis: stepAxis(thread.steps),
    // Before the first step comes the story's own page, which introduces it.
    previous: thread.steps[index - 1] ?? null,
    next: thread.steps[index + 1] ?? null,
    url: absoluteUrl(step.href),
    image: threadImage(thread.id),
    title: `${view.title} (${view.label}): step ${index + 1} of ${thread.steps.length}, ${thread.title}`,
  };
  return JSON.parse(JSON.stringify(props)) as typeof props;
}

/** Every story page and step page, for the build. */
export function threadParams(store: Store) {
  return store.threads.map((thread) => ({ id: thread.id }));
}

export function stepParams(store: Store) {
  return store.threads.flatMap((thread) =>
    thread.steps.map((step) => ({ id: thread.id, event: step.event })),
  );
}

export type ThreadListProps = ReturnType<typeof threadListProps>;
export type ThreadPageProps = NonNullable<ReturnType<typeof threadPageProps>>;
export type StepPageProps = NonNullable<ReturnType<typeof stepPageProps>>;
