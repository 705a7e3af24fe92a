import type { GetStaticProps, PageConfig } from "next";
import Link from "next/link";
import { linkClass } from "@/components/link-class";
import { PreviewHead } from "@/components/preview-head";
import { threadListProps, type ThreadListProps } from "@/lib/views/thread-pages";
import { getStore } from "@/lib/store/store";

// Like the event pages: plain HTML, no React in the browser (see pages/events/[id].tsx).
export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<ThreadListProps> = () => ({
  props: threadListProps(getStore()),
});

export default function ThreadsPage({ threads, url }: ThreadListProps) {
  return (
    <>
      <PreviewHead
        title="Threads"
        description="Lines of the Libya–NATO story, followed event by event."
        url={url}
      />
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-semibold">Threads</h1>
        <p>
          Each thread follows one line of the story through the store’s events, step by step. That
          the events belong together is the store’s reading; each step shows what its sources say.
        </p>
        <ul className="space-y-5">
          {threads.map((thread) => (
            <li key={thread.id} className="space-y-1">
              <h2 className="text-lg font-semibold">
                <Link href={thread.href} className={linkClass}>
                  {thread.title}
                </Link>
              </h2>
              <p className="text-sm text-zinc-700 dark:text-zinc-300">{thread.steps} steps</p>
              <p>{thread.summary}</p>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
