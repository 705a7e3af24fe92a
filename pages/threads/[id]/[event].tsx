import type { GetStaticPaths, GetStaticProps, PageConfig } from "next";
import Link from "next/link";
import { EventDetail } from "@/components/event-detail";
import { linkClass } from "@/components/link-class";
import { PreviewHead } from "@/components/preview-head";
import { StepNav } from "@/components/threads/step-nav";
import { StepTimeline } from "@/components/threads/step-timeline";
import { getStore } from "@/lib/store/store";
import { stepPageProps, stepParams, type StepPageProps } from "@/lib/views/thread-pages";
import { eventPath, threadPath } from "@/lib/deploy/site";

// One page per step, named by its event: readable without JavaScript, and with no React in the
// browser (see pages/events/[id].tsx); the arrow keys are one small script (public/thread-keys.js).
export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

// Every step is made at build time; any other pair of ids is a plain 404.
export const getStaticPaths: GetStaticPaths = () => ({
  paths: stepParams(getStore()).map((params) => ({ params })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<StepPageProps, { id: string; event: string }> = ({
  params,
}) => {
  const props = stepPageProps(getStore(), params?.id ?? "", params?.event ?? "");
  return props ? { props } : { notFound: true };
};

export default function StepPage(props: StepPageProps) {
  const { thread, view, note, number, count, axis, previous, next } = props;
  return (
    <>
      <PreviewHead
        title={props.title}
        description={view.summary}
        url={props.url}
        image={props.image}
      >
        <script src="/thread-keys.js" defer />
      </PreviewHead>
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <nav aria-label="Thread" className="flex flex-wrap gap-x-4 gap-y-2 text-sm print:hidden">
          <Link href={thread.href} className={linkClass}>
            {thread.title}
          </Link>
          <Link href={eventPath(view.id)} className={linkClass}>
            The event’s page
          </Link>
        </nav>
        <p className="font-semibold" data-testid="step-position">
          Step {number} of {count}
        </p>
        <StepTimeline axis={axis} current={view.id} threadId={thread.id} />
        {note && (
          <p
            className="border-l-4 border-amber-700 pl-3 dark:border-amber-400"
            data-testid="step-note"
          >
            <span className="font-semibold">In this thread: </span>
            {note}
          </p>
        )}
        <EventDetail event={view} headingLevel={1} />
        <StepNav
          previous={
            previous
              ? { href: previous.href, title: `step ${number - 1}, ${previous.title}` }
              : { href: threadPath(thread.id), title: "the thread's overview" }
          }
          next={next ? { href: next.href, title: `step ${number + 1}, ${next.title}` } : null}
        />
      </main>
    </>
  );
}
