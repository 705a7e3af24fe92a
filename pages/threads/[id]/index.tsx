import type { GetStaticPaths, GetStaticProps, PageConfig } from "next";
import Link from "next/link";
import { linkClass } from "@/components/link-class";
import { PreviewHead } from "@/components/preview-head";
import { StepList } from "@/components/threads/step-list";
import { StepNav } from "@/components/threads/step-nav";
import { getStore } from "@/lib/store/store";
import {
  stepSpan,
  threadPageProps,
  threadParams,
  type ThreadPageProps,
} from "@/lib/views/thread-pages";

// Like the event pages: plain HTML, no React in the browser (see pages/events/[id].tsx).
export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

// Threads are few: every one is made at build time, and an unknown id is a plain 404.
export const getStaticPaths: GetStaticPaths = () => ({
  paths: threadParams(getStore()).map((params) => ({ params })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<ThreadPageProps, { id: string }> = ({ params }) => {
  const props = threadPageProps(getStore(), params?.id ?? "");
  return props ? { props } : { notFound: true };
};

export default function ThreadPage({ thread, url, image }: ThreadPageProps) {
  const first = thread.steps[0];
  return (
    <>
      <PreviewHead title={thread.title} description={thread.summary} url={url} image={image}>
        <script src="/thread-keys.js" defer />
      </PreviewHead>
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <nav aria-label="Threads" className="flex flex-wrap gap-x-4 gap-y-2 text-sm print:hidden">
          <Link href="/threads" className={linkClass}>
            All threads
          </Link>
          <Link href={`/?thread=${thread.id}`} className={linkClass}>
            This thread on the timeline
          </Link>
        </nav>
        <header className="space-y-1">
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            A thread of {thread.steps.length} steps, {stepSpan(thread.steps)}
          </p>
          <h1 className="text-2xl leading-snug font-semibold">{thread.title}</h1>
        </header>
        <p>{thread.summary}</p>
        <section aria-labelledby="steps-heading" className="space-y-2">
          <h2 id="steps-heading" className="text-lg font-semibold">
            Steps
          </h2>
          <StepList steps={thread.steps} />
        </section>
        <StepNav
          previous={null}
          next={first ? { href: first.href, title: `step 1, ${first.title}` } : null}
        />
      </main>
    </>
  );
}
