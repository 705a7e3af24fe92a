import { linkClass } from "@/components/link-class";
import { LazyNotFoundHelp } from "@/components/lazy-not-found-help";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-16">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p>
        There is no event, source or page at this address. Event and source addresses never change,
        so a link that worked once still works; this one may have a typo.
      </p>
      <LazyNotFoundHelp />
      <p>
        <a href="/" className={linkClass}>
          Browse the whole timeline
        </a>
      </p>
    </main>
  );
}
