import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The store's event records, read straight from data/ so the pages are checked against the data. */
export interface EventFile {
  id: string;
  title: string;
  summary: string;
  date: string;
  type: string;
  status: "occurred" | "expected";
  actors: string[];
  places: string[];
  tags: string[];
  sources: { source: string; quote: string; voice: string }[];
}

const eventsDir = path.join(process.cwd(), "data", "events");

export const events: EventFile[] = readdirSync(eventsDir)
  .filter((name) => name.endsWith(".json"))
  .map((name) => JSON.parse(readFileSync(path.join(eventsDir, name), "utf8")) as EventFile);

export const countWhere = (predicate: (event: EventFile) => boolean) =>
  events.filter(predicate).length;

/** The "N of M events" line for a result of `n`. */
export const resultLine = (n: number) => `${n} of ${events.length} events`;
