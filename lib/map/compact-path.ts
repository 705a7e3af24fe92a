import type { GeoContext } from "d3-geo";

/**
 * A d3-geo path context that writes compact SVG path data on a grid of whole units: relative
 * moves, points that round to the one before left out, and rings that shrink to less than a
 * triangle (islands smaller than a unit) dropped. At the maps' sizes a unit is about a pixel.
 */
export class CompactPath implements GeoContext {
  private out: string[] = [];
  private ring: string[] = [];
  private points = 0;
  private start: [number, number] = [0, 0];
  private at: [number, number] = [0, 0];
  /** Where the last written ring ended: a moveto is relative to it. */
  private pen: [number, number] = [0, 0];

  moveTo(x: number, y: number) {
    this.end(false);
    this.at = this.start = [Math.round(x), Math.round(y)];
    this.points = 1;
  }

  lineTo(x: number, y: number) {
    const next: [number, number] = [Math.round(x), Math.round(y)];
    if (next[0] === this.at[0] && next[1] === this.at[1]) return;
    this.ring.push(`${next[0] - this.at[0]},${next[1] - this.at[1]}`);
    this.at = next;
    this.points++;
  }

  closePath() {
    this.end(true);
  }

  // geoPath calls these for points and spheres, which the maps do not draw with it.
  arc() {}
  beginPath() {}

  /** The path data; call once, at the end. */
  result(): string {
    this.end(false);
    return this.out.join("");
  }

  private end(closed: boolean) {
    const enough = closed ? this.points >= 3 : this.points >= 2;
    if (enough) {
      const [x, y] = this.start;
      this.out.push(
        `m${x - this.pen[0]},${y - this.pen[1]}l${this.ring.join(" ")}${closed ? "z" : ""}`,
      );
      // After a closepath the current point is the ring's start.
      this.pen = closed ? this.start : this.at;
    }
    this.ring = [];
    this.points = 0;
  }
}
