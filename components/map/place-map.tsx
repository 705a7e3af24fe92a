"use client";

import type { MouseEvent } from "react";
import { serializeExplorerQuery, type ExplorerQuery } from "@/lib/explorer/explorer-query";
import type { FacetOption } from "@/lib/explorer/facets";
import { BASE_MAP_IMAGE_PATH, mapType } from "@/lib/map/layout";
import type { ExplorerMapData } from "@/lib/map/render";
import { PlaceMark, placeKindText, type MarkEmphasis } from "./place-mark";
import { inPageClick } from "../in-page-click";

const events = (count: number) => `${count} event${count === 1 ? "" : "s"}`;

/**
 * The explorer's map of the current result's places: one mark per place, sized and labelled by
 * its number of events, each a link that filters by it (again: clears it); the list under it is
 * the same links in words. The server draws it for the URL; the explorer redraws it as its
 * filters change. The base map is an image beside the page, under the marks.
 */
export function PlaceMap({
  map,
  query,
  counts,
  highlighted,
  onChange,
}: {
  map: ExplorerMapData;
  query: ExplorerQuery;
  /** The place facet of the current result. */
  counts: readonly FacetOption[];
  /** The selected event's places. */
  highlighted: readonly string[];
  onChange: (next: ExplorerQuery, mode: "push") => void;
}) {
  const { width, height, places, labels } = map;
  const active = query.places;
  // A place filters by itself alone; the place filtered by clears it.
  const toggled = (id: string): ExplorerQuery => ({
    ...query,
    places: active.includes(id) ? active.filter((other) => other !== id) : [id],
  });
  const hrefFor = (id: string) => `?${serializeExplorerQuery(toggled(id))}`;
  const { fontSize, gap } = mapType(width);
  const countOf = new Map(counts.map((option) => [option.id, option.count]));
  const shown = places.filter(
    (place) => (countOf.get(place.id) ?? 0) > 0 || active.includes(place.id),
  );
  const emphasis = (id: string): MarkEmphasis =>
    active.includes(id) ? "active" : highlighted.includes(id) ? "highlighted" : "plain";
  const follow = (id: string) => (event: MouseEvent) => {
    if (inPageClick(event)) onChange(toggled(id), "push");
  };
  const name = (place: (typeof places)[number]) => {
    const count = events(countOf.get(place.id) ?? 0);
    const action = active.includes(place.id)
      ? "filtered by it; select to clear"
      : "select to filter by it";
    return `${place.name} (${placeKindText(place)}): ${count}, ${action}`;
  };

  return (
    <div className="space-y-2" data-testid="place-map">
      <div className="relative w-full max-w-md overflow-hidden rounded border border-zinc-300 bg-sky-50 dark:border-zinc-700 dark:bg-zinc-700">
        {/* Lazy: off the first screen (a phone's, below the list) it costs the first paint nothing.
          A plain <img>: next/image has nothing to optimise in an SVG made at build time. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={BASE_MAP_IMAGE_PATH}
          width={width}
          height={height}
          alt=""
          loading="lazy"
          decoding="async"
          className="absolute inset-0 h-full w-full dark:invert"
        />
        <svg
          viewBox={`0 0 ${width} ${height}`}
          className="relative block h-auto w-full"
          role="group"
          aria-label="Map of the places of the events shown"
        >
          {shown.map((place) => {
            const label = labels[place.id];
            if (place.draw === "none" || !label) return null;
            const count = countOf.get(place.id) ?? 0;
            return (
              <a
                key={place.id}
                href={hrefFor(place.id)}
                onClick={follow(place.id)}
                aria-label={name(place)}
                data-place={place.id}
                className="focus-visible:outline-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300"
              >
                <PlaceMark
                  place={place}
                  label={label}
                  radius={gap * 0.5 + Math.sqrt(count) * gap * 0.4}
                  fontSize={fontSize}
                  text={`${place.name} ${count}`}
                  emphasis={emphasis(place.id)}
                />
              </a>
            );
          })}
        </svg>
      </div>
      <ul
        aria-label="Places of the events shown"
        className="flex flex-wrap gap-x-4 gap-y-1 text-sm"
      >
        {shown.map((place) => (
          <li key={place.id}>
            <a
              href={hrefFor(place.id)}
              onClick={follow(place.id)}
              aria-current={active.includes(place.id) ? "true" : undefined}
              className={`text-blue-700 underline dark:text-blue-300 ${active.includes(place.id) ? "font-bold" : ""}`}
            >
              {place.name}
            </a>{" "}
            <span className="text-zinc-700 dark:text-zinc-300">
              ({placeKindText(place)}): {events(countOf.get(place.id) ?? 0)}
              {highlighted.includes(place.id) && ", a place of the selected event"}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
