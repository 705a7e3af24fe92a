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
 * filters change. The base map is an image beside the page.
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
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full max-w-md rounded border border-zinc-300 bg-sky-50 dark:border-zinc-700 dark:bg-zinc-700"
        role="group"
        aria-label="Map of the places of the events shown"
      >
        <image
          href={BASE_MAP_IMAGE_PATH}
          width={width}
          height={height}
          aria-hidden="true"
          className="dark:invert"
        />
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
