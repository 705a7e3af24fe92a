"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { closestIds } from "@/lib/views/closest-ids";
import { linkClass } from "./link-class";

interface Page {
  path: string;
  title: string;
}

/**
 * On a 404: the pages whose address is closest to the one asked for, and a search prefilled
 * with its words. Needs the address, which only the browser has here, and the list of addresses
 * (app/addresses.json), fetched only when a 404 is shown; without JavaScript the search box is
 * still there, empty.
 */
export function NotFoundHelp() {
  const pathname = usePathname() ?? "";
  const [pages, setPages] = useState<Page[]>([]);
  useEffect(() => {
    let cancelled = false;
    fetch("/addresses.json")
      .then((response) => (response.ok ? (response.json() as Promise<Page[]>) : []))
      .then((list) => !cancelled && setPages(list))
      // Without the list there are no suggestions; the search below still helps.
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, []);
  const words = decodeURIComponent(pathname.split("/").at(-1) ?? "")
    .replace(/[-_]+/g, " ")
    .replace(/\b\d{4}(\s\d{2}){0,2}\b/g, "")
    .trim();
  const closest = pathname
    ? closestIds(
        pathname,
        pages.map((page) => page.path),
      )
    : [];
  const byPath = new Map(pages.map((page) => [page.path, page.title]));
  return (
    <>
      {closest.length > 0 && (
        <section aria-labelledby="closest-heading" className="space-y-1">
          <h2 id="closest-heading" className="font-semibold">
            Closest addresses
          </h2>
          <ul className="list-disc pl-5">
            {closest.map((path) => (
              <li key={path}>
                <a href={path} className={linkClass}>
                  {byPath.get(path)}
                </a>{" "}
                <code className="text-sm text-zinc-600 dark:text-zinc-400">{path}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form action="/" method="get" role="search" className="flex flex-wrap items-end gap-2">
        <label htmlFor="notfound-search" className="w-full font-semibold">
          Search the timeline
        </label>
        <input
          id="notfound-search"
          name="q"
          type="search"
          defaultValue={words}
          key={words}
          className="min-w-0 flex-1 rounded border border-zinc-400 bg-white px-2 py-1.5 dark:border-zinc-600 dark:bg-zinc-900"
        />
        <button
          type="submit"
          className="rounded bg-blue-700 px-3 py-1.5 font-semibold text-white hover:bg-blue-800"
        >
          Search
        </button>
      </form>
    </>
  );
}
