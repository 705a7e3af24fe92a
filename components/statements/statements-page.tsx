import type { Metadata } from "next";
import type { ReactNode } from "react";

const title = "Statements: what was said, by whom, when";
const description = "Every quote of the Libya–NATO store, with its speaker, publisher and date.";

/** One page, one address: the filtered views name the unfiltered one as canonical. */
export const STATEMENTS_METADATA: Metadata = {
  title,
  description,
  alternates: { canonical: "/statements" },
  openGraph: { title, description },
};

/** The frame of /statements around its view (components/statements/statements-body.tsx). */
export function StatementsPage({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-semibold">Statements</h1>
      <p>
        Every quoted passage of the store, oldest publication first: the words, who speaks in them
        (or that they are the publisher’s own), and the event they support. Dates are publication
        dates.
      </p>
      {children}
    </main>
  );
}
