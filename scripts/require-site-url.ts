import { siteUrlProblem } from "../lib/deploy/site";

// The deploy builds (npm run deploy:build, deploy:export) refuse to run without a public address.
const problem = siteUrlProblem(process.env.SITE_URL);
if (problem) {
  console.error(
    `${problem}\nSet it for this build, e.g. SITE_URL=https://timeline.example.org npm run deploy:build`,
  );
  process.exit(1);
}
