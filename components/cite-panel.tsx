import { CopyButton } from "./copy-button";

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
  const box =
    "block w-full overflow-x-auto rounded border border-zinc-300 bg-zinc-50 p-2 text-sm whitespace-pre-wrap dark:border-zinc-700 dark:bg-zinc-900";
  return (
    <section aria-labelledby="cite-heading" className="space-y-3 print:hidden">
      <h2 id="cite-heading" className="text-lg font-semibold">
        Link and cite
      </h2>
      <div className="space-y-1">
        <div className="flex items-center gap-2">
          <h3 className="text-sm font-semibold">Permanent link</h3>
          <CopyButton text={url} label="Copy link" />
        </div>
        <p className={box} data-testid="canonical-url">
          {url}
        </p>
      </div>
      <div className="space-y-1">
        <div className="flex items-center gap-2">
          <h3 className="text-sm font-semibold">Chicago</h3>
          <CopyButton text={chicago} label="Copy citation" />
        </div>
        <p className={box} data-testid="cite-chicago">
          {chicago}
        </p>
      </div>
      <div className="space-y-1">
        <div className="flex items-center gap-2">
          <h3 className="text-sm font-semibold">BibTeX</h3>
          <CopyButton text={bibtex} label="Copy BibTeX" />
        </div>
        <pre className={box} data-testid="cite-bibtex">
          {bibtex}
        </pre>
      </div>
    </section>
  );
}
