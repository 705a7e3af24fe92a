import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures/test";
import { events } from "./store-facts";

const STOLTENBERG = "jens-stoltenberg";
// Counted from data/ directly: every quote whose speaker is Stoltenberg.
const said = events.flatMap((event) =>
  event.sources.filter(
    (cite) => (cite as { speaker?: { actor?: string } }).speaker?.actor === STOLTENBERG,
  ),
);

test("a statements URL filtered by speaker shows only that speaker's words", async ({
  browser,
}) => {
  // Server-rendered: the filtered view reads without JavaScript.
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(`/statements?speaker=${STOLTENBERG}`);
  const rows = page.getByTestId("statement");
  await expect(rows).toHaveCount(said.length);
  for (const row of await rows.all()) {
    await expect(row).toHaveAttribute("data-speaker", STOLTENBERG);
    await expect(row.getByTestId("speaker")).toContainText("Jens Stoltenberg");
  }
  for (const { quote } of said) {
    await expect(page.locator("blockquote", { hasText: quote.slice(0, 40) }).first()).toBeVisible();
  }
  await page.close();
});

test("/statements is prerendered; a query is rendered per request at the same address", async ({
  browser,
  request,
}) => {
  // A page made at build time allows its scripts by hash, one rendered per request by nonce.
  const csp = async (path: string) =>
    (await request.get(path)).headers()["content-security-policy"] ?? "";
  expect(await csp("/statements")).toMatch(/'sha256-/);
  expect(await csp("/statements")).not.toMatch(/'nonce-/);
  expect(await csp(`/statements?speaker=${STOLTENBERG}`)).toMatch(/'nonce-/);

  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(`/statements?speaker=${STOLTENBERG}&speaker=nobody&group=actor`);
  expect(new URL(page.url()).pathname).toBe("/statements");
  await expect(
    page.getByRole("status").filter({ hasText: "Ignored unknown speaker “nobody”." }),
  ).toBeVisible();
  await expect(page.getByLabel("Speaker")).toHaveValue(STOLTENBERG);
  // The page that renders it is not an address of its own.
  await page.goto(`/filtered-statements?speaker=${STOLTENBERG}`);
  expect(page.url()).toMatch(/\/statements\?speaker=jens-stoltenberg$/);
  await expect(page.getByTestId("statement")).toHaveCount(said.length);
  await page.close();
});

test("the form's filters are the URL, and the downloads follow the view", async ({ page }) => {
  await page.goto("/statements");
  await page.getByLabel("Speaker").selectOption(STOLTENBERG);
  await page.getByLabel("Published from").fill("2016");
  await page.getByLabel("Published to").fill("2020");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/speaker=jens-stoltenberg/);
  await expect(page).toHaveURL(/from=2016&to=2020/);
  await expect(page.getByTestId("statement")).toHaveCount(said.length);
  const csv = page.getByRole("link", { name: "CSV" });
  await expect(csv).toHaveAttribute(
    "href",
    /\/download\/statements\.csv\?.*speaker=jens-stoltenberg/,
  );
  const response = await page.request.get((await csv.getAttribute("href"))!);
  const lines = (await response.text()).trim().split("\r\n");
  expect(lines).toHaveLength(said.length + 1);
  const json = await page.request.get(
    (await page.getByRole("link", { name: "JSON" }).getAttribute("href"))!,
  );
  const body = (await json.json()) as { count: number; statements: { speaker_actor_id: string }[] };
  expect(body.count).toBe(said.length);
  expect(body.statements.every((s) => s.speaker_actor_id === STOLTENBERG)).toBe(true);
});

test("the statements page has no accessibility violations, light and dark", async ({ page }) => {
  // Every statement, twice: axe takes a while on a busy machine.
  test.slow();
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/statements?speaker=nobody");
    const results = await new AxeBuilder({ page })
      // Off by default in axe; Lighthouse checks it (WCAG 2.2: targets of 24 px or spaced).
      .options({ rules: { "target-size": { enabled: true } } })
      .analyze();
    expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.help}`)).toEqual([]);
  }
});
