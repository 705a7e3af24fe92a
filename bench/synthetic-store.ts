// Writes a synthetic but valid event store (see data/README.md) of N events, for benchmarks.
//   npx tsx bench/run.ts synthetic [dir] [events]   (default tmp/synthetic-10000, 10000)
// Deterministic: the same seed and size always give the same files. Every record says it is
// synthetic. Dates are fixed by the words "as reported", which lib/store/relative-date.ts does not
// resolve, so the validator only checks that they are in the first cited source.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { slugify } from "@/lib/views/event-view";
import { EVENT_TYPES, type EventRecord, type EventType, type Source } from "@/lib/store/schema";
import { toIsoDay } from "@/lib/store/iso-day";

export const DEFAULT_EVENTS = 10_000;
const DEFAULT_SEED = 20_110_317;
/** A file that marks a folder as generated, so it may be deleted and written again. */
const MARKER = "SYNTHETIC.md";
const DATE_TEXT = "as reported";

/** mulberry32: a small seeded PRNG, so no Math.random. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  const sample = <T>(list: readonly T[], count: number): T[] => {
    const pool = [...list];
    return Array.from(
      { length: Math.min(count, pool.length) },
      () => pool.splice(int(0, pool.length - 1), 1)[0]!,
    );
  };
  return { next, int, pick, sample };
}
type Random = ReturnType<typeof prng>;

const PUBLISHERS = [
  ["Synthetic Wire Agency", "news agency"],
  ["Benchmark Herald", "newspaper"],
  ["Test Press Service", "state-owned news agency"],
  ["Placeholder Gazette", "newspaper"],
  ["Sample News Network", "public broadcaster"],
  ["Mock Broadcasting Corporation", "public broadcaster"],
  ["Fixture Times", "newspaper"],
  ["Synthetic Alliance Press Office", "intergovernmental organization"],
] as const;

const ACTORS: [name: string, kind: string, aliases?: string[]][] = [
  ["Synthetic Alliance", "intergovernmental organization", ["the Alliance"]],
  ["Synthetic Union", "intergovernmental organization"],
  ["Coastal States Forum", "intergovernmental organization"],
  ["Regional Security Council", "intergovernmental organization"],
  ["Synthetic Nations Mission", "intergovernmental organization"],
  ...[
    "Aldovia",
    "Brevonia",
    "Calistra",
    "Dunmarra",
    "Estoria",
    "Felvaria",
    "Gorvania",
    "Halmora",
  ].map((name): [string, string] => [name, "state"]),
  ...["Aldovian", "Brevonian", "Calistran", "Dunmarran"].map((name): [string, string] => [
    `${name} Government`,
    "government",
  ]),
  ...[
    "Amara Venn",
    "Boris Kallin",
    "Celia Morant",
    "Dario Stell",
    "Elena Quist",
    "Farid Osmane",
    "Greta Holm",
    "Hakim Rasul",
    "Ines Navarro",
    "Jonas Brink",
  ].map((name): [string, string] => [name, "person"]),
  ...[
    "Defence Ministers Board",
    "Coast Guard Command",
    "Presidency Council",
    "Interior Ministry",
    "Border Agency",
    "Naval Staff",
    "Joint Operations Centre",
    "Parliamentary Committee",
  ].map((name): [string, string] => [name, "governmental body"]),
  ...[
    "Northern Brigade",
    "Southern Militia",
    "Harbour Guards",
    "Desert Column",
    "Eastern Battalion",
  ].map((name): [string, string] => [name, "armed group"]),
];

const PLACES: [name: string, kind: string][] = [
  ...["Aldovia", "Brevonia", "Calistra"].map((name): [string, string] => [name, "country"]),
  ...["Northern Coast", "Southern Desert", "Eastern Plateau", "Western Hills", "Gulf Region"].map(
    (name): [string, string] => [name, "region"],
  ),
  ...[
    "Port Alvara",
    "Benhar",
    "Corsa",
    "Dalmet",
    "Eskar",
    "Farrow",
    "Galen",
    "Harmon",
    "Istra",
    "Jovan",
    "Kestrel Bay",
    "Lorimar",
    "Mistral",
    "Norwyn",
    "Ostrava Point",
    "Pellan",
    "Quarro",
  ].map((name): [string, string] => [name, "city"]),
];

const TOPICS = [
  "coast guard training",
  "border security",
  "maritime patrols",
  "defence reform",
  "counter-terrorism cooperation",
  "arms embargo monitoring",
  "security sector support",
  "demining assistance",
  "ceasefire talks",
  "humanitarian corridors",
  "military advisers",
  "naval operations",
  "police training",
  "weapons collection",
  "air surveillance",
  "institution building",
  "crisis management",
  "cyber defence",
  "logistics support",
  "medical evacuation",
];

const VERBS: Record<EventType, string> = {
  request: "asked for help with",
  offer: "offered support for",
  assistance: "delivered assistance on",
  meeting: "met to discuss",
  statement: "issued a statement on",
  decision: "decided to launch",
  agreement: "signed an agreement on",
  summit: "held a summit on",
  conference: "convened a conference on",
  operation: "began an operation for",
  conflict: "clashed over",
};

const TAGS = [
  "training",
  "maritime",
  "borders",
  "reform",
  "terrorism",
  "embargo",
  "ceasefire",
  "humanitarian",
  "advisers",
  "surveillance",
  "cyber",
  "logistics",
];

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (ms: number) => toIsoDay(new Date(ms));
const DAY_MS = 86_400_000;

/** An EDTF date in 2000–2030 with a realistic mix of precisions; `start` names the event id. */
function randomDate(r: Random): { date: string; start: string } {
  const year = r.int(2000, 2029);
  const month = r.int(1, 12);
  const dayMs = Date.UTC(year, month - 1, r.int(1, 28));
  const ym = `${year}-${pad(month)}`;
  const roll = r.next();
  if (roll < 0.45) return { date: isoDay(dayMs), start: isoDay(dayMs) };
  if (roll < 0.63) return { date: ym, start: ym };
  if (roll < 0.73) return { date: String(year), start: String(year) };
  if (roll < 0.8) return { date: `${year}~`, start: String(year) };
  if (roll < 0.83) return { date: `${ym}~`, start: ym };
  if (roll < 0.85) return { date: `${isoDay(dayMs)}?`, start: isoDay(dayMs) };
  if (roll < 0.95) {
    const end = isoDay(dayMs + r.int(1, 10) * DAY_MS);
    return { date: `${isoDay(dayMs)}/${end}`, start: isoDay(dayMs) };
  }
  const endMonth = new Date(Date.UTC(year, month - 1 + r.int(1, 6), 1));
  const end = `${endMonth.getUTCFullYear()}-${pad(endMonth.getUTCMonth() + 1)}`;
  return { date: `${ym}/${end}`, start: ym };
}

interface Named {
  id: string;
  name: string;
}

function makeSources(r: Random, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const k = i + 1;
    const [publisher, publisherType] = PUBLISHERS[i % PUBLISHERS.length]!;
    const year = 2000 + Math.floor((i * 31) / count);
    const published = `${year}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
    const id = `${slugify(publisher)}-${published}-synthetic-report-${k}`;
    const source: Source = {
      id,
      title: `Synthetic report ${k}: security developments (benchmark data, not a real article)`,
      publisher,
      publisherType,
      via: null,
      published,
      url: k % 2 === 0 ? `https://example.org/synthetic/${id}` : null,
      ...(k % 2 === 0 && { urlPage: "original" as const }),
      language: "en",
      credit: k % 3 === 0 ? "Synthetic Wire Agency" : null,
      capture: `synthetic-${k}.txt`,
      note: "Synthetic benchmark source generated by bench/synthetic-store.ts.",
    };
    return source;
  });
}

function makeEvent(
  r: Random,
  n: number,
  sources: Source[],
  actors: Named[],
  places: Named[],
): { event: EventRecord; quotes: { sourceIndex: number; quote: string }[] } {
  const type = r.pick(EVENT_TYPES);
  const { date, start } = randomDate(r);
  const status = r.next() < 0.05 ? "expected" : "occurred";
  const who = r.sample(actors, r.int(1, 4));
  const where = r.sample(places, r.int(0, 2));
  const topic = r.pick(TOPICS);
  const names = who.map((actor) => actor.name).join(" and ");
  const at = where.length > 0 ? ` in ${where.map((place) => place.name).join(" and ")}` : "";
  const first = r.int(0, sources.length - 1);
  const quotes = [
    {
      sourceIndex: first,
      quote: `Synthetic event #${n}: ${names} ${VERBS[type]} ${topic}${at}, ${DATE_TEXT}.`,
    },
  ];
  const more = r.next();
  if (more < 0.3) {
    // A second quote, from the same source or (a third of the time) another one.
    const other =
      more < 0.1 && sources.length > 1
        ? (first + r.int(1, sources.length - 1)) % sources.length
        : first;
    quotes.push({
      sourceIndex: other,
      quote: `Officials said the ${r.pick(TOPICS)} work of synthetic event #${n} would continue.`,
    });
  }
  const event: EventRecord = {
    id: `${start}-synthetic-event-${n}`,
    title: `Synthetic event #${n}: ${who[0]!.name} ${VERBS[type]} ${topic}`,
    summary: `Synthetic event #${n}, generated for performance benchmarks; not a real happening. ${names} ${VERBS[type]} ${topic}${at}${status === "expected" ? " (expected)" : ""}.`,
    date,
    dateText: DATE_TEXT,
    status,
    type,
    actors: who.map((actor) => actor.id),
    places: where.map((place) => place.id),
    tags: r.sample(TAGS, r.int(0, 3)),
    added: "2026-11-23",
    revisions: [],
    // The first quote is the publisher's narration; the second paraphrases unnamed officials.
    sources: quotes.map(({ sourceIndex, quote }, i) => ({
      source: sources[sourceIndex]!.id,
      quote,
      ...(i === 0
        ? { voice: "narration" as const }
        : { voice: "reported" as const, speaker: { described: "Officials" } }),
    })),
  };
  return { event, quotes };
}

/** The article text: a header, then one paragraph per quote it holds. Capture = text. */
function sourceText(source: Source, quotes: string[]) {
  const header = [
    "SYNTHETIC BENCHMARK ARTICLE - not a real publication.",
    source.title,
    `${source.publisher}, ${source.published}`,
  ];
  return [...header, ...quotes].join("\n\n") + "\n";
}

export interface SyntheticStoreSummary {
  dir: string;
  events: number;
  sources: number;
  actors: number;
  places: number;
}

/** Deletes `dir` if an earlier run made it, then writes a store of `events` events into it. */
export function writeSyntheticStore(
  dir: string,
  { events = DEFAULT_EVENTS, seed = DEFAULT_SEED }: { events?: number; seed?: number } = {},
): SyntheticStoreSummary {
  if (existsSync(dir)) {
    if (!existsSync(path.join(dir, MARKER))) {
      throw new Error(`${dir} exists and was not made by this generator: not overwriting it.`);
    }
    rmSync(dir, { recursive: true });
  }
  for (const sub of ["sources", "events", "captures"]) {
    mkdirSync(path.join(dir, sub), { recursive: true });
  }
  const r = prng(seed);
  const actors = ACTORS.map(([name, kind, aliases = []]) => ({
    id: slugify(name),
    name,
    kind,
    aliases,
  }));
  // Made-up places on real shapes of the base map: the countries stand for Libya and two
  // neighbours; cities fall inside Libya (lat 24.5–29.5, lon 12–23 is inland there), with made-up
  // gazetteer ids that only npm run validate's GeoNames check (not run on this store) would refuse.
  const countries = ["Libya", "Tunisia", "Egypt"];
  const places = PLACES.map(([name, kind], index) => {
    const id = slugify(name);
    if (kind === "country")
      return {
        id,
        name,
        kind,
        lat: null,
        lon: null,
        gazetteer: { naturalEarth: countries[index] },
      };
    if (kind === "region")
      return {
        id,
        name,
        kind,
        within: "Libya",
        lat: null,
        lon: null,
        gazetteer: { none: "synthetic" },
      };
    return {
      id,
      name,
      kind,
      within: "Libya",
      lat: Math.round((24.5 + r.next() * 5) * 1e4) / 1e4,
      lon: Math.round((12 + r.next() * 11) * 1e4) / 1e4,
      gazetteer: { geonames: 9_000_000 + index },
    };
  });
  const sources = makeSources(r, Math.max(1, Math.round(events / 100)));
  const quotesBySource = sources.map((): string[] => []);
  const ids: string[] = [];

  for (let n = 1; n <= events; n++) {
    const { event, quotes } = makeEvent(r, n, sources, actors, places);
    if (ids.length > 0 && r.next() < 0.03) event.related = [r.pick(ids)];
    ids.push(event.id);
    for (const { sourceIndex, quote } of quotes) quotesBySource[sourceIndex]!.push(quote);
    writeJson(path.join(dir, "events", `${event.id}.json`), event);
  }
  sources.forEach((source, i) => {
    const text = sourceText(source, quotesBySource[i]!);
    writeJson(path.join(dir, "sources", `${source.id}.json`), source);
    writeFileSync(path.join(dir, "sources", `${source.id}.txt`), text);
    writeFileSync(path.join(dir, "captures", source.capture), text);
  });
  writeJson(path.join(dir, "actors.json"), actors);
  writeJson(path.join(dir, "places.json"), places);
  writeFileSync(
    path.join(dir, MARKER),
    `# Synthetic store\n\nGenerated by bench/synthetic-store.ts (seed ${seed}, ${events} events) for benchmarks. Not real data; safe to delete.\n`,
  );
  return { dir, events, sources: sources.length, actors: actors.length, places: places.length };
}

const writeJson = (file: string, value: unknown) =>
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
