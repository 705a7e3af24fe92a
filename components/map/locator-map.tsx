import { mapType } from "@/lib/map/layout";
import type { PlacesMapData } from "@/lib/map/render";
import { PlaceMark, placeKindText } from "./place-mark";

/**
 * An event page's locator map: a plain SVG of its places on the base map, made at build time
 * (event pages ship no React), with the list of places as its text alternative.
 */
export function LocatorMap({ map, source }: { map: PlacesMapData; source: string }) {
  const { base, places, labels } = map;
  const { fontSize, gap } = mapType(base.width);
  return (
    <section aria-labelledby="where-heading" className="space-y-2" data-testid="locator-map">
      <h2 id="where-heading" className="text-lg font-semibold">
        Where
      </h2>
      <ul className="list-disc pl-5 text-sm">
        {places.map((place) => (
          <li key={place.id}>
            {place.name}{" "}
            <span className="text-zinc-700 dark:text-zinc-300">({placeKindText(place)})</span>
          </li>
        ))}
      </ul>
      <figure className="max-w-xs">
        <svg
          viewBox={`0 0 ${base.width} ${base.height}`}
          className="h-auto w-full rounded border border-zinc-300 bg-sky-50 dark:border-zinc-700 dark:bg-zinc-700"
          aria-hidden="true"
          focusable="false"
        >
          <path d={base.land} className="fill-zinc-300 dark:fill-zinc-900" />
          <path
            d={base.borders}
            className="fill-none stroke-white dark:stroke-zinc-600"
            strokeWidth={0.6}
            strokeLinejoin="round"
          />
          {places.map((place) =>
            place.draw === "none" || !labels[place.id] ? null : (
              <PlaceMark
                key={place.id}
                place={place}
                label={labels[place.id]!}
                radius={gap * 0.8}
                fontSize={fontSize}
                text={place.name}
              />
            ),
          )}
        </svg>
        <figcaption className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
          Base map: {source}; borders as Natural Earth draws them.
        </figcaption>
      </figure>
    </section>
  );
}
