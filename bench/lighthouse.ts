// Lighthouse (mobile form factor, default simulated throttling) on the home page, one event
// page, the threads' pages and /statements: the four category scores held to their budgets
// (performance ≥ 95 for the first two, ≥ 98 for the others, which ship little or no
// JavaScript; the rest = 100), the audits that fail, and the key metrics. Reports go to
// tmp/lighthouse/ (gitignored).
//
// Lighthouse is not a dependency (it breaks installs): it runs through `npx -y lighthouse@12.8.2`
// with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium).
//
// Alone: npm run build && npx tsx bench/run.ts lighthouse — starts `next start` on BENCH_PORT
// (3300), runs, stops, exits 1 when a budget is broken. LIGHTHOUSE_RUNS (3): runs per page; the
// machine is noisy, so the run with the median performance score is the one reported.
// LIGHTHOUSE_EVENT: the event id (default below, one of data/published-ids.json).
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { LIGHT_PAGES } from "./pages";
import { info, printFigures, type Figure } from "./stats";
import { BUDGETS } from "./budgets";

export const LIGHTHOUSE_VERSION = "12.8.2";
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const EVENT_ID = process.env.LIGHTHOUSE_EVENT ?? "2011-nato-military-intervention-in-libya";
const REPORT_DIR = path.resolve("tmp/lighthouse");
const RUN_TIMEOUT_MS = 180_000;

/** Minimum scores, 0–100, per Lighthouse category. */
const CATEGORY_BUDGETS = {
  performance: BUDGETS.lighthousePerformance,
  accessibility: BUDGETS.lighthouseAccessibility,
  "best-practices": BUDGETS.lighthouseBestPractices,
  seo: BUDGETS.lighthouseSeo,
} as const;
type CategoryId = keyof typeof CATEGORY_BUDGETS;
/** The pages with little or no JavaScript: the threads and /statements. */
const LIGHT_PAGE_BUDGETS = { ...CATEGORY_BUDGETS, performance: BUDGETS.lightPagePerformance };

/** The pages measured, each with its budgets. */
const PAGES = [
  { name: "home", path: "/", budgets: CATEGORY_BUDGETS },
  { name: "event", path: `/events/${EVENT_ID}`, budgets: CATEGORY_BUDGETS },
  ...LIGHT_PAGES.map((page) => ({ ...page, budgets: LIGHT_PAGE_BUDGETS })),
];

/** The key metrics, in the order printed. */
const METRICS = [
  ["first-contentful-paint", "FCP"],
  ["largest-contentful-paint", "LCP"],
  ["total-blocking-time", "TBT"],
  ["cumulative-layout-shift", "CLS"],
  ["speed-index", "SI"],
] as const;

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
].join(" ");

/** The parts of a Lighthouse result (LHR) read here. */
interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
  details?: { items?: { node?: { selector?: string; snippet?: string } }[] };
}
interface Report {
  lighthouseVersion: string;
  finalDisplayedUrl: string;
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
  categories: Record<
    CategoryId,
    { score: number | null; auditRefs: { id: string; weight: number }[] }
  >;
  audits: Record<string, Audit>;
}

/** A figure held to a minimum: passes when `value` is at least `floor`. */
function atLeast(name: string, value: number, floor: number): Figure {
  return { name, value: String(value), budget: `≥ ${floor}`, pass: value >= floor };
}

const score = (report: Report, category: CategoryId) =>
  Math.round((report.categories[category]?.score ?? 0) * 100);

/** One Lighthouse run on `url`; the JSON report is written to `outputPath`. */
function lighthouse(url: string, outputPath: string): Promise<Report> {
  const args = [
    "-y",
    `lighthouse@${LIGHTHOUSE_VERSION}`,
    url,
    "--output=json",
    `--output-path=${outputPath}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    "--only-categories=performance,accessibility,best-practices,seo",
    "--quiet",
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" };
  return new Promise((resolve, reject) => {
    execFile(
      "npx",
      args,
      { env, timeout: RUN_TIMEOUT_MS, maxBuffer: 64 * 2 ** 20 },
      (error, _stdout, stderr) => {
        if (error && !existsSync(outputPath)) {
          reject(new Error(`lighthouse failed on ${url}: ${error.message}\n${stderr}`));
          return;
        }
        try {
          resolve(JSON.parse(readFileSync(outputPath, "utf8")) as Report);
        } catch (parseError) {
          reject(parseError);
        }
      },
    );
  });
}

/** Audits that count against a score and are not fully passed, with where they point. */
function failingAudits(report: Report): Audit[] {
  const counted = new Set(
    Object.values(report.categories).flatMap((category) => category.auditRefs.map((ref) => ref.id)),
  );
  return Object.values(report.audits).filter(
    (audit) =>
      counted.has(audit.id) &&
      (audit.scoreDisplayMode === "binary" || audit.scoreDisplayMode === "numeric") &&
      audit.score !== null &&
      audit.score < 1,
  );
}

function describe(audit: Audit, report: Report): string {
  const selectors = (audit.details?.items ?? [])
    .map((item) => item.node?.selector)
    .filter((selector): selector is string => Boolean(selector))
    .slice(0, 3);
  const where = selectors.length > 0 ? ` — ${selectors.join(" | ")}` : "";
  const value = audit.displayValue ? ` (${audit.displayValue})` : "";
  // Weight 0: a diagnostic or insight that explains a metric but adds nothing to the score itself.
  const weight = Object.values(report.categories)
    .flatMap((category) => category.auditRefs)
    .find((ref) => ref.id === audit.id)?.weight;
  return `${audit.title}${value}${where}${weight === 0 ? " [weight 0]" : ""}`;
}

/** Runs one page RUNS times; returns the report with the median performance score. */
async function measurePage(name: string, url: string) {
  mkdirSync(REPORT_DIR, { recursive: true });
  const reports: { report: Report; file: string }[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const file = path.join(REPORT_DIR, `${name}-${run}.json`);
    const report = await lighthouse(url, file);
    if (report.runtimeError)
      throw new Error(
        `lighthouse on ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`,
      );
    reports.push({ report, file });
  }
  const sorted = [...reports].sort(
    (a, b) => score(a.report, "performance") - score(b.report, "performance"),
  );
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { median, all: reports.map(({ report }) => score(report, "performance")) };
}

export async function runLighthouse(baseUrl: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const page of PAGES) {
    const url = `${baseUrl}${page.path}`;
    const { median, all } = await measurePage(page.name, url);
    const { report, file } = median;
    const scores: Figure[] = (Object.keys(CATEGORY_BUDGETS) as CategoryId[]).map((category) =>
      atLeast(`${page.name} ${category}`, score(report, category), page.budgets[category]),
    );
    if (all.length > 1)
      scores[0]!.note = `median of ${all.length} runs (performance ${all.join(", ")}); report ${path.relative(process.cwd(), file)}`;
    else scores[0]!.note = `report ${path.relative(process.cwd(), file)}`;
    const metrics = METRICS.map(([id, label]) =>
      info(`${page.name} ${label}`, report.audits[id]?.displayValue ?? "n/a"),
    );
    const failing: Figure[] = failingAudits(report).map((audit) => ({
      ...info(`${page.name} failing ${audit.id}`, String(audit.score)),
      note: describe(audit, report),
    }));
    for (const warning of report.runWarnings)
      failing.push({ ...info(`${page.name} run warning`, "!"), note: warning });
    // Simulated throttling multiplies the CPU time measured here by 4: on a busy machine the
    // performance score drops with the load, whatever the page does. Say so beside the scores.
    const load = os.loadavg()[0]!;
    const cpus = os.cpus().length;
    if (load > cpus)
      failing.push({
        ...info(`${page.name} machine load`, `${load.toFixed(1)} / ${cpus} CPUs`),
        note: "load above the CPU count: the performance score is understated",
      });
    printFigures(`Lighthouse ${report.lighthouseVersion} (mobile) on ${url}`, [
      ...scores,
      ...metrics,
      ...failing,
    ]);
    figures.push(...scores, ...metrics, ...failing);
  }
  return figures;
}
