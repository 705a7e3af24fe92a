import type { MapLabel } from "@/lib/map/labels";
import type { MapPlace } from "@/lib/map/map-place";

export type DrawnPlace = Exclude<MapPlace, { draw: "none" }>;

/** How a mark stands out: plain, one of the selected event's places, or the place filtered by. */
export type MarkEmphasis = "plain" | "highlighted" | "active";

const AREA: Record<MarkEmphasis, string> = {
  plain: "fill-blue-600/20 stroke-blue-800 dark:fill-blue-400/25 dark:stroke-blue-300",
  highlighted: "fill-amber-500/40 stroke-amber-800 dark:fill-amber-300/40 dark:stroke-amber-200",
  active: "fill-blue-600/45 stroke-blue-900 dark:fill-blue-300/50 dark:stroke-blue-100",
};
const POINT: Record<MarkEmphasis, string> = {
  plain: "fill-blue-700 stroke-white dark:fill-blue-300 dark:stroke-zinc-900",
  highlighted: "fill-amber-600 stroke-zinc-900 dark:fill-amber-300 dark:stroke-white",
  active: "fill-blue-900 stroke-white dark:fill-blue-100 dark:stroke-zinc-900",
};

/**
 * One place on a map: a city as a dot, a country as its area with a dashed outline, and its name
 * beside it (a country's in italic capitals, so that an area never reads as a precise point).
 * `radius` sizes a city's dot; `text` is the label (the name, perhaps with a count).
 */
export function PlaceMark({
  place,
  label,
  radius,
  fontSize,
  text,
  emphasis = "plain",
}: {
  place: DrawnPlace;
  label: MapLabel;
  radius: number;
  fontSize: number;
  text: string;
  emphasis?: MarkEmphasis;
}) {
  const strong = emphasis !== "plain";
  return (
    <>
      {place.draw === "area" ? (
        <path
          d={place.area}
          className={AREA[emphasis]}
          strokeWidth={strong ? 1.5 : 1}
          strokeDasharray="3 2"
          vectorEffect="non-scaling-stroke"
        />
      ) : (
        <circle
          cx={place.x}
          cy={place.y}
          r={radius}
          className={POINT[emphasis]}
          strokeWidth={strong ? 2 : 1}
          vectorEffect="non-scaling-stroke"
        />
      )}
      <text
        x={label.x}
        y={label.y}
        textAnchor={label.anchor}
        fontSize={fontSize}
        className={`fill-zinc-900 stroke-white [paint-order:stroke] dark:fill-zinc-50 dark:stroke-zinc-900 ${
          place.draw === "area" ? "uppercase italic" : ""
        } ${strong ? "font-bold" : "font-medium"}`}
        strokeWidth={fontSize / 4}
        strokeLinejoin="round"
      >
        {text}
      </text>
    </>
  );
}

/** The kind of a place in words, for the lists beside the maps. */
export function placeKindText(place: MapPlace): string {
  if (place.draw === "none") return `${place.kind}; not on the map: the base map has no outline`;
  return place.kind === "city" ? "city" : `${place.kind}, drawn as its area`;
}
