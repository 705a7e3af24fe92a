import type { MapPlace } from "./map-place";

/** Where a place's name is written: `x`, `y` of the text's baseline, and which end is there. */
export interface MapLabel {
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places each drawn place's name beside its mark, trying right, left, below and above in turn
 * and keeping the first spot that covers no name or mark placed before (names are estimated at
 * 0.6 em a letter). In the order given: list the most important places first.
 */
export function placeLabels(
  places: readonly MapPlace[],
  { fontSize, gap, width }: { fontSize: number; gap: number; width: number },
): Map<string, MapLabel> {
  const drawn = places.flatMap((place) => (place.draw === "none" ? [] : [place]));
  const taken: Box[] = drawn.map(({ x, y }) => ({
    left: x - gap,
    right: x + gap,
    top: y - gap,
    bottom: y + gap,
  }));
  const labels = new Map<string, MapLabel>();
  for (const place of drawn) {
    const length = place.name.length * fontSize * 0.6;
    const { x, y } = place;
    const middle = y + fontSize * 0.35;
    const candidates: MapLabel[] = [
      { x: x + gap + 1, y: middle, anchor: "start" },
      { x: x - gap - 1, y: middle, anchor: "end" },
      { x, y: y + gap + fontSize, anchor: "middle" },
      { x, y: y - gap - 2, anchor: "middle" },
    ];
    const box = ({ x: at, y: base, anchor }: MapLabel): Box => {
      const left = anchor === "start" ? at : anchor === "end" ? at - length : at - length / 2;
      return { left, right: left + length, top: base - fontSize * 0.8, bottom: base + 1 };
    };
    const fits = (label: MapLabel) => {
      const b = box(label);
      const own = drawn.indexOf(place);
      return (
        b.left >= 0 &&
        b.right <= width &&
        taken.every((other, index) => index === own || !overlaps(b, other))
      );
    };
    const label = candidates.find(fits) ?? candidates[0]!;
    labels.set(place.id, label);
    taken.push(box(label));
  }
  return labels;
}
