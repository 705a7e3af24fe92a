/** The <body> of every page, app router (app/layout.tsx) and pages router (pages/_document.tsx). */
export const BODY_CLASS = "bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100";

const NAV = [
  { href: "/", label: "Timeline" },
  { href: "/threads", label: "Threads" },
  { href: "/statements", label: "Statements" },
  { href: "/sources", label: "Sources" },
  { href: "/about", label: "About" },
];

/**
 * Site name and navigation, hidden when printing and in the embed (see globals.css). Plain links:
 * each page is a static file that loads whole, so the header costs no router code on the first
 * load and prefetches nothing (half the pages are the Pages Router's, which it cannot prefetch).
 */
export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="site-header border-b border-zinc-300 dark:border-zinc-700 print:hidden">
      <a
        href="#main"
        className="sr-only rounded bg-blue-700 px-3 py-2 text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-[96rem] flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-3">
        <a href="/" className="font-semibold tracking-tight">
          {siteName}
        </a>
        <nav aria-label="Site">
          <ul className="flex flex-wrap gap-x-4 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <a
                  href={item.href}
                  className="inline-flex min-h-11 items-center text-blue-700 underline-offset-2 hover:underline sm:min-h-0 dark:text-blue-300"
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
