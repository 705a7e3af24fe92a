import { StaticCopyButton } from "./copy-button-static";

const BOX =
  "block w-full overflow-x-auto rounded border border-zinc-300 bg-zinc-50 p-2 text-sm whitespace-pre-wrap dark:border-zinc-700 dark:bg-zinc-900";

/** The event's canonical link and ready-to-paste citations, each selectable and copyable. */
export function CitePanel({
  url,
  chicago,
  bibtex,
}: {
  url: string;
  chicago: string;
  bibtex: string;
}) {
  const blocks = [
    { heading: "Permanent link", copy: "Copy link", text: url, testId: "canonical-url" },
    { heading: "Chicago", copy: "Copy citation", text: chicago, testId: "cite-chicago" },
    { heading: "BibTeX", copy: "Copy BibTeX", text: bibtex, testId: "cite-bibtex" },
  ];
  return (
    <section aria-labelledby="cite-heading" className="space-y-3 print:hidden">
      <h2 id="cite-heading" className="text-lg font-semibold">
        Link and cite
      </h2>
      {blocks.map((block) => (
        <div key={block.heading} className="space-y-1">
          <div className="flex items-center gap-2">
            <h3 className="text-sm font-semibold">{block.heading}</h3>
            <StaticCopyButton text={block.text} label={block.copy} />
          </div>
          <pre className={BOX} data-testid={block.testId}>
            {block.text}
          </pre>
        </div>
      ))}
    </section>
  );
}
