import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures/test";
import { countWhere, resultLine } from "./store-facts";

// The thread's steps as written in data/, so the result is checked against the data.
const STEP_IDS = (
  JSON.parse(
    readFileSync(
      path.join(process.cwd(), "data", "threads", "nato-offer-of-assistance.json"),
      "utf8",
    ),
  ) as { steps: { event: string }[] }
).steps.map((step) => step.event);
const inThreadAndOffer = countWhere((e) => STEP_IDS.includes(e.id) && e.type === "offer");
const URL = "/?thread=nato-offer-of-assistance&type=offer";
const CHIP = "Remove filter: Thread: nato-offer-of-assistance";

test("?thread= combined with a type filter, drawn on the server and dropped by its chip", async ({
  page,
}) => {
  expect(inThreadAndOffer).toBeGreaterThan(0);
  expect(inThreadAndOffer).toBeLessThan(STEP_IDS.length);
  await page.goto(URL);
  await expect(page.getByTestId("result-count")).toHaveText(resultLine(inThreadAndOffer));
  await expect(page.getByTestId("event")).toHaveCount(inThreadAndOffer);
  await page.getByRole("link", { name: CHIP }).click();
  await expect(page).not.toHaveURL(/thread=/);
  await expect(page).toHaveURL(/type=offer/);
  await expect(page.getByTestId("result-count")).toHaveText(
    resultLine(countWhere((e) => e.type === "offer")),
  );
});

test("?thread= filters without JavaScript, and an unknown thread is named in a notice", async ({
  browser,
}) => {
  const noScript = await browser.newPage({ javaScriptEnabled: false });
  await noScript.goto(URL);
  await expect(noScript.getByTestId("result-count")).toHaveText(resultLine(inThreadAndOffer));
  await noScript.goto("/?thread=no-such-thread");
  await expect(noScript.getByRole("status").filter({ hasText: "not understood" })).toContainText(
    "Ignored unknown thread “no-such-thread”.",
  );
  await noScript.close();
});
