// npm run validate: checks the whole store in data/ and prints every problem, one per line.
import path from "node:path";
import { formatProblem, readStore } from "@/lib/read-store";

const dataDir = path.resolve(process.argv[2] ?? "data");
const { records, problems } = readStore(dataDir);

if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `\n${problems.length} problem(s) in ${path.relative(process.cwd(), dataDir) || "."}`,
  );
  process.exit(1);
}
console.log(
  `data OK: ${records.events.length} events, ${records.sources.length} sources, ${records.actors.length} actors, ${records.places.length} places`,
);
