import type { ReactNode } from "react";
import { linkClass } from "@/components/link-class";
import type { StoreSource } from "@/lib/store/build-store";

const languageName = new Intl.DisplayNames(["en"], { type: "language" });

/** What is known about an article: who published it, when, in what language, and where. */
export function SourceFacts({ source }: { source: StoreSource }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      <Fact label="Publisher">{source.publisher}</Fact>
      <Fact label="Publisher type">{source.publisherType}</Fact>
      {source.via && <Fact label="Via">{source.via}</Fact>}
      <Fact label="Published">
        <time dateTime={source.published}>{source.publishedLabel}</time>
      </Fact>
      <Fact label="Language">
        {languageName.of(source.language) ?? source.language} ({source.language})
      </Fact>
      {source.credit && <Fact label="Credit">{source.credit}</Fact>}
      <Fact label="Address">
        {source.url ? (
          <>
            <a href={source.url} className={`${linkClass} break-all`} rel="noopener noreferrer">
              {source.url}
            </a>{" "}
            {source.urlPage === "republication"
              ? `(the republished copy on ${source.via}, where the text was captured; not the publisher's own page)`
              : "(the publisher's own page)"}
          </>
        ) : (
          "Original address unknown"
        )}
      </Fact>
      {source.note && <Fact label="Note">{source.note}</Fact>}
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="font-semibold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
