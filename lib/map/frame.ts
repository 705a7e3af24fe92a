/**
 * The part of the world the map shows, [[west, south], [east, north]] in degrees: Libya and the
 * European capitals the store's events take place in, with a margin.
 */
export const MAP_FRAME: [[number, number], [number, number]] = [
  [-6, 19],
  [30, 56],
];
