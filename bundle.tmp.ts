import { readFileSync } from "node:fs";
import { measureBundle } from "./bench/bundle";
const html = readFileSync(".next/server/app/index.html", "utf8");
for (const f of measureBundle(html, ".next").figures) console.log(f.name, f.value, f.budget ?? "", f.pass ?? "");
