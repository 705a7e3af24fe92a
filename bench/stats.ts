/** Small helpers shared by the benchmarks: timing, percentiles, formatting, budgets. */
import os from "node:os";

/** Runs `fn` once and returns its result with the time it took, in ms. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

/** Nearest-rank percentile (p in 0–100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One measured figure; `limit` and `pass` only when it has a budget. */
export interface Figure {
  name: string;
  value: string;
  budget?: string;
  pass?: boolean;
  /** Details printed after the verdict. */
  note?: string;
}

/** A figure held to a maximum: passes when `value` is `strict`ly below, or at most, `limit`. */
export function budgeted(
  name: string,
  value: number,
  limit: number,
  format: (n: number) => string,
  strict = false,
): Figure {
  return {
    name,
    value: format(value),
    budget: `${strict ? "<" : "≤"} ${format(limit)}`,
    pass: strict ? value < limit : value <= limit,
  };
}

export const info = (name: string, value: string): Figure => ({ name, value });

/** Prints figures as an aligned table: name, value, budget, PASS/FAIL. */
export function printFigures(title: string, figures: readonly Figure[]) {
  console.log(`\n${title}`);
  const width = Math.max(...figures.map((figure) => figure.name.length));
  const valueWidth = Math.max(...figures.map((figure) => figure.value.length));
  for (const { name, value, budget, pass, note } of figures) {
    const verdict = pass === undefined ? "" : pass ? "PASS" : "FAIL";
    const limit = budget ? `budget ${budget}` : "";
    const line = `  ${name.padEnd(width)}  ${value.padStart(valueWidth)}  ${limit.padEnd(18)} ${verdict}`;
    console.log(line.trimEnd());
    if (note) console.log(`      ${note}`);
  }
}

/** The 1, 5 and 15 minute load averages: the machine is shared, so figures are noisy. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");

/** One line about the machine, printed before the figures. */
export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
}

export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
