import type { Metadata } from "next";
import Link from "next/link";
import { linkClass } from "@/components/link-class";
import { getStore } from "@/lib/store/store";
import { pageAlternates } from "@/lib/views/page-head";

export const metadata: Metadata = {
  title: "About: method and notation",
  description:
    "Where the articles come from, how events and their dates are drawn from them, and what the timeline's notation means.",
  alternates: pageAlternates("/about"),
};

export default function AboutPage() {
  const store = getStore();
  const section = "space-y-2";
  const h2 = "text-xl font-semibold";
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-8 px-4 py-8 leading-relaxed">
      <h1 className="text-3xl font-bold tracking-tight">About this timeline</h1>
      <section className={section}>
        <h2 className={h2}>Where the events come from</h2>
        <p>
          The timeline is drawn from {store.sources.length} articles and news releases published
          between 2011 and 2020, listed on the{" "}
          <Link href="/sources" className={linkClass}>
            sources page
          </Link>
          . Each was captured from the web; we keep the raw capture and, beside it, the article text
          with page chrome (navigation, tickers, cookie notices, donation and mailing-list prompts)
          removed. Nothing is added or reworded: where chrome cut through a sentence, the gap is
          marked […]. Original addresses were found in public web archives; where none could be
          verified, we say so rather than guess.
        </p>
        <p>
          Every event rests on at least one verbatim quote from a source, checked automatically
          against the archived text. When two articles report the same happening, the event cites
          both, and its page says how many publishers report it.
        </p>
      </section>
      <section className={section}>
        <h2 className={h2}>How dates are worked out</h2>
        <p>
          Articles often date things relative to their own publication: “on Wednesday”, “last
          December”, “two years ago”. We keep those words with each event and resolve them against
          the publication date of the article they come from: “on Wednesday” in an article of
          Thursday 16 February 2017 is 15 February 2017; “last December” in April 2016 is December
          2015; “two years ago” in 2016 is about 2014. A date is never made more precise than the
          words allow: “last December” is a month, not a day.
        </p>
      </section>
      <section className={section}>
        <h2 className={h2}>Reading the dates and the timeline</h2>
        <p>
          Dates are stored in the Extended Date/Time Format (EDTF, ISO 8601-2), shown on each event
          page:
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt>
            <code>2017-02-16</code>
          </dt>
          <dd>a known day, shown as “16 Feb 2017” and drawn as a dot</dd>
          <dt>
            <code>2015-12</code>, <code>2016</code>
          </dt>
          <dd>a month or a year: “Dec 2015”, drawn as a hatched band over the whole period</dd>
          <dt>
            <code>2014~</code>
          </dt>
          <dd>approximate: “c. 2014” (circa), also a hatched band</dd>
          <dt>
            <code>2017-02-15/2017-02-16</code>
          </dt>
          <dd>a span from one date to another: “15–16 Feb 2017”</dd>
        </dl>
        <p>
          A date-range filter keeps an event whose period overlaps the range, so “Dec 2015” is kept
          by a range that ends on 31 December 2015 or starts on it.
        </p>
        <p>
          <strong>Expected</strong> events were still to come when the article was published (“EU
          ministers are expected to agree in a Monday meeting”). They are marked “(expected)” and
          drawn with a dashed outline; whether they then happened is a separate event, when a source
          reports it.
        </p>
      </section>
      <section className={section}>
        <h2 className={h2}>Open data</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <strong>Downloads</strong>: the timeline page offers the current view as CSV (one row
            per event and quote) or JSON, and the whole store as one JSON file (
            <a href="/download/store.json" className={linkClass}>
              /download/store.json
            </a>
            ).
          </li>
          <li>
            <strong>API</strong> (read-only JSON, open to any origin): <code>/api/events</code> with
            the same query parameters as the timeline page (<code>q</code>, <code>from</code>,{" "}
            <code>to</code>, <code>type</code>, <code>actor</code>, <code>place</code>,{" "}
            <code>publisher</code>, <code>tag</code>, <code>expected</code>, <code>sort</code>),{" "}
            <code>/api/events/&lt;id&gt;</code>, <code>/api/sources</code> and{" "}
            <code>/api/sources/&lt;id&gt;</code>. Bad parameters answer 400 naming each one.
          </li>
          <li>
            <strong>Feeds</strong> of events, newest added first:{" "}
            <a href="/feed.xml" className={linkClass}>
              Atom
            </a>{" "}
            and{" "}
            <a href="/feed.json" className={linkClass}>
              JSON Feed
            </a>
            . Each event records when it was added and every correction since.
          </li>
          <li>
            <strong>Embed</strong>: the timeline page’s “Embed” button gives an iframe snippet for
            the current view; events clicked inside it open their permanent page in a new tab.
          </li>
        </ul>
      </section>
      <section className={section}>
        <h2 className={h2}>Reporting an error</h2>
        <p>
          If an event misreads its source, quote the event’s permanent address (on its page, under
          “Link and cite”) and the passage concerned. Corrections are made in the event’s data file
          and checked against the source text like everything else; event addresses never change, so
          links made before a correction keep working.
        </p>
      </section>
    </main>
  );
}
