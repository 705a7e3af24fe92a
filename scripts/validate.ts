// npm run validate: checks the whole store in data/ and prints every problem, one per line.
import path from "node:path";
import { geonamesProblems } from "@/lib/map/gazetteer";
import { formatProblem, readStore } from "@/lib/store/read-store";

const dataDir = path.resolve(process.argv[2] ?? "data");
const { records, problems } = readStore(dataDir, { checkPlace: geonamesProblems });

if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `\n${problems.length} problem(s) in ${path.relative(process.cwd(), dataDir) || "."}`,
  );
  process.exit(1);
}
console.log(
  `data OK: ${records.events.length} events, ${records.sources.length} sources, ${records.actors.length} actors, ${records.places.length} places, ${records.threads.length} threads`,
);
// Drafts are checked like events but not published; say so, so nobody takes them for events.
const drafts = records.drafts.reduce((sum, folder) => sum + folder.events.length, 0);
if (records.drafts.length > 0)
  console.log(
    `drafts (not published): ${drafts} draft event(s) from ${records.drafts.length} ingested article(s) in data/drafts/, awaiting review (npm run ingest:accept)`,
  );
