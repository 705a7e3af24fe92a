import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { runNginx, writeNginx } from "../nginx";
import { observatoryGrade } from "../observatory";
import { exportPort, ownServersFrom, port, proxyHttpPort, proxyPort } from "../ports";
import { rawRequest, type RawAnswer } from "../raw-http";
import { expect, test } from "./fixtures/test";
import { events } from "./store-facts";

// The site as operators deploy it (README, "Deploying"; docs/security.md): `next start` on every
// binding, behind nginx with TLS, and the static export served by nginx.

const EVENT = events[0]!;
const SECURITY_HEADERS = [
  "content-security-policy",
  "x-frame-options",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
];

/** `next start` of its own on a port, bound as `args` say; stopped by the returned function. */
async function startNext(args: string[], onPort: number, host: string) {
  const child: ChildProcess = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", ...args, "-p", String(onPort)],
    { stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } },
  );
  // Stopped with the test's worker too, should the test be cut short.
  process.once("exit", () => child.kill());
  for (let tries = 0; ; tries++) {
    try {
      if ((await rawRequest({ host, port: onPort, target: "/healthz" })).status === 200) break;
    } catch (error) {
      if (tries > 150) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, stop: () => child.kill() };
}

/** Every file under a folder, with its size. */
function files(dir: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const full = path.join(dir, file);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (stat?.isFile()) found.set(file, stat.size);
  }
  return found;
}

/** A header set without the parts that differ by design between two answers (the nonce). */
const comparable = (answer: RawAnswer) =>
  Object.fromEntries(
    SECURITY_HEADERS.map((name) => [
      name,
      answer.headers[name]?.replace(/'nonce-[^']+'/, "'nonce-…'"),
    ]),
  );

test.describe("filtered links on every binding", () => {
  const BINDINGS = [
    { name: "-H 127.0.0.1", args: ["-H", "127.0.0.1"], host: "127.0.0.1" },
    { name: "-H ::1", args: ["-H", "::1"], host: "::1" },
    { name: "-H 0.0.0.0", args: ["-H", "0.0.0.0"], host: "127.0.0.1" },
    { name: "-H localhost", args: ["-H", "localhost"], host: "localhost" },
    { name: "no -H", args: [], host: "127.0.0.1" },
  ];
  BINDINGS.forEach(({ name, args, host }, i) => {
    test(`next start ${name}: a filtered link is rendered, never redirected`, async () => {
      const onPort = ownServersFrom + i;
      const server = await startNext(args, onPort, host);
      try {
        const asForwarded: Record<string, string>[] = [
          {},
          // As a reverse proxy forwards it.
          { host: "timeline.example.org", "x-forwarded-host": "timeline.example.org" },
        ];
        for (const headers of asForwarded) {
          const answer = await rawRequest({ host, port: onPort, target: "/?q=sirte", headers });
          expect(answer.status, JSON.stringify(headers)).toBe(200);
          expect(answer.headers.location).toBeUndefined();
          expect(answer.body).toContain('data-testid="result-count"');
        }
        // The route behind the view is no address of its own: a temporary, uncached redirect.
        const internal = await rawRequest({ host, port: onPort, target: "/filtered-view?q=sirte" });
        expect(internal.status).toBe(307);
        expect(internal.headers["cache-control"]).toBe("no-store");
        expect(new URL(internal.headers.location!, "http://x").pathname).toBe("/");
        expect(internal.headers.location).toMatch(/\/\?q=sirte$/);
      } finally {
        server.stop();
      }
    });
  });
});

test("unknown ids are a 404 that writes nothing", async () => {
  const build = readFileSync(".next/BUILD_ID", "utf8").trim();
  const paths = (n: number) => [
    `/events/made-up-${n}`,
    `/events/made-up-${n}/opengraph-image`,
    `/events/made-up-${n}/twitter-image`,
    `/events/${"a".repeat(300)}${n}/opengraph-image`,
    `/sources/made-up-${n}`,
    `/api/events/made-up-${n}`,
    `/_next/data/${build}/events/made-up-${n}.json`,
  ];
  const before = files(".next");
  for (let n = 0; n < 100; n += 10) {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => paths(n + i))
        .flat()
        .map(async (target) => {
          const answer = await rawRequest({ port, target });
          expect(answer.status, target).toBe(404);
        }),
    );
  }
  // Tests running beside this one may have Next keep a copy of a real page (one per page); no
  // file may name a made-up id (before, each one left a folder and two files). Memory under a
  // long run of made-up ids: bench/hostile.ts.
  const written = [...files(".next")].filter(([file, size]) => before.get(file) !== size);
  expect(written.filter(([file]) => /made-up|a{300}/.test(file))).toEqual([]);
});

test.describe("behind nginx with TLS", () => {
  const PATHS = [
    "/",
    "/?type=meeting",
    "/about",
    `/events/${EVENT.id}`,
    `/events/${EVENT.id}/opengraph-image`,
    "/no-such-page",
    "/events/no-such-event",
    "/api/events",
    "/feed.xml",
    "/embed?type=meeting",
    "/EMBED",
  ];

  for (const target of PATHS) {
    test(`${target}: nginx sends the app's headers, with HSTS`, async () => {
      const direct = await rawRequest({ port, target });
      const proxied = await rawRequest({ port: proxyPort, tls: true, target });
      expect(proxied.status).toBe(direct.status);
      expect(comparable(proxied)).toEqual(comparable(direct));
      expect(proxied.headers["strict-transport-security"]).toMatch(/max-age=\d{8}/);
      expect(proxied.headers["cache-control"]).toBe(direct.headers["cache-control"]);
    });
  }

  test("the plain-HTTP address redirects to HTTPS", async () => {
    const answer = await rawRequest({ port: proxyHttpPort, target: "/?q=sirte" });
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe(`https://127.0.0.1/?q=sirte`);
  });

  test("Observatory's scoring grades the site behind nginx A+, and next start misses only HTTPS", async () => {
    for (const target of ["/", `/events/${EVENT.id}`, "/?q=sirte"]) {
      const proxied = await rawRequest({ port: proxyPort, tls: true, target });
      const grade = observatoryGrade(proxied.headers, { https: true, redirectsToHttps: true });
      expect(grade.grade, grade.results.join("\n")).toBe("A+");
      const direct = await rawRequest({ port, target });
      const own = observatoryGrade(direct.headers, { https: false, redirectsToHttps: false });
      expect(own.results.filter((result) => /: -/.test(result))).toEqual([
        "hsts-not-implemented-no-https: -20",
      ]);
    }
  });

  const ODD = [
    // Refused by nginx: Node.js cannot answer them (TRACE would be a 500 and a stack trace).
    { method: "TRACE", target: "/", status: 405, allow: "GET, HEAD, OPTIONS" },
    { method: "OPTIONS", target: "*", status: 400 },
    // Answered by the app, through nginx.
    { method: "DELETE", target: "/api/events", status: 405, allow: "GET, HEAD, OPTIONS" },
    { method: "POST", target: "/", status: 405, allow: "GET, HEAD" },
  ];
  for (const { method, target, status, allow } of ODD) {
    test(`${method} ${target} is refused with the headers and no stack trace`, async () => {
      const answer = await rawRequest({ port: proxyPort, tls: true, method, target });
      expect(answer.status).toBe(status);
      for (const name of SECURITY_HEADERS) expect(answer.headers[name], name).toBeTruthy();
      if (allow) expect(answer.headers.allow).toBe(allow);
      expect(answer.body).not.toMatch(/\bat \S+ \(/);
    });
  }

  test("an oversized header is refused by nginx with the headers", async () => {
    const answer = await rawRequest({
      port: proxyPort,
      tls: true,
      target: "/",
      headers: { "x-padding": "a".repeat(10_000) },
    });
    expect(answer.status).toBe(400);
    for (const name of SECURITY_HEADERS) expect(answer.headers[name], name).toBeTruthy();
  });

  test("a request target naming another host is not sent there", async () => {
    for (const target of ["http://evil.example/filtered-view?q=x", "http://evil.example/about/"]) {
      const answer = await rawRequest({ port: proxyPort, tls: true, target });
      expect(answer.headers.location ?? "", target).not.toContain("evil.example");
    }
  });

  test("one client making too many requests gets 429, with the headers", async () => {
    const onPort = ownServersFrom + 8;
    const nginx = runNginx(
      writeNginx(`rate-${onPort}`, {
        mode: "proxy",
        listen: `127.0.0.1:${onPort}`,
        upstream: `127.0.0.1:${port}`,
        ratePerSecond: 2,
      }),
      { exitWith: false },
    );
    try {
      for (let tries = 0; ; tries++) {
        const up = await rawRequest({ port: onPort, target: "/about" }).catch(() => null);
        if (up) break;
        if (tries > 100) throw new Error("nginx did not start");
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // Long enough for the probes' tokens to come back (2 a second, a burst of 4).
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => rawRequest({ port: onPort, target: "/about" })),
      );
      const limited = answers.filter((answer) => answer.status === 429);
      expect(limited.length).toBeGreaterThan(0);
      expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThan(0);
      expect(limited[0]!.headers["content-security-policy"]).toBeTruthy();
    } finally {
      nginx.kill("SIGQUIT");
    }
  });
});

test.describe("the static export behind nginx", () => {
  for (const target of ["/", "/about", `/events/${EVENT.id}`, "/sources", "/no-such-page"]) {
    test(`${target}: the same headers and cache policy as next start`, async () => {
      const served = await rawRequest({ port: exportPort, target });
      const direct = await rawRequest({ port, target });
      expect(served.status).toBe(direct.status);
      for (const name of SECURITY_HEADERS.filter((name) => name !== "content-security-policy")) {
        expect(served.headers[name], name).toBe(direct.headers[name]);
      }
      // Each build inlines its own payloads: the policies differ only in their scripts' hashes.
      const withoutHashes = (policy = "") => policy.replace(/ 'sha256-[^']+'/g, "");
      expect(withoutHashes(served.headers["content-security-policy"])).toBe(
        withoutHashes(direct.headers["content-security-policy"]),
      );
      const scripts = /script-src ([^;]*)/.exec(served.headers["content-security-policy"] ?? "");
      expect(scripts?.[1]).not.toContain("'unsafe-inline'");
      if (served.status === 200) {
        expect(served.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
        expect(served.headers.etag).toBeTruthy();
      }
    });
  }

  test("a _headers file gives static hosts the same rules", () => {
    const file = readFileSync("out/_headers", "utf8");
    expect(file).toContain("/*\n  X-Content-Type-Options: nosniff");
    expect(file).toMatch(
      /\n\/about\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-/,
    );
  });
});

test.describe("hostile queries cost the server little", () => {
  const manyTypes = (n: number) =>
    Array.from({ length: n }, (_, i) => `type=unknown-${i}`).join("&");

  test("too many values or too long a query is refused with a clear message", async () => {
    for (const base of ["/", "/api/events"]) {
      const many = await rawRequest({ port, target: `${base}?${manyTypes(60)}` });
      expect(many.status).toBe(400);
      expect(many.body).toContain("has more than 50 values");
      const long = await rawRequest({ port, target: `${base}?q=${"a".repeat(3000)}` });
      expect(long.status).toBe(414);
      expect(long.body).toContain("at most 2048");
    }
  });

  test("unknown values are named three at a time, then counted", async ({ page }) => {
    const plain = await rawRequest({ port, target: "/?type=unknown-0" });
    const hostile = await rawRequest({ port, target: `/?${manyTypes(45)}` });
    expect(hostile.status).toBe(200);
    // At most a few notices: the answer stays near the size of a page with one bad value.
    expect(hostile.body.length).toBeLessThan(plain.body.length * 1.2);
    await page.goto(`/?${manyTypes(45)}`);
    const notices = page
      .getByRole("status")
      .filter({ hasText: "not understood" })
      .getByRole("listitem");
    await expect(notices).toHaveCount(4);
    await expect(notices.last()).toHaveText("…and 42 more unknown type values.");
  });

  test("bidirectional controls in an echoed value are shown, not obeyed", async ({ page }) => {
    await page.goto("/?type=%E2%80%AEfdp.exe");
    const notice = page.getByRole("status").filter({ hasText: "not understood" });
    await expect(notice).toContainText("Ignored unknown type “[U+202E]fdp.exe”.");
    await expect(notice.locator("bdi")).toHaveText("“[U+202E]fdp.exe”");
  });
});

test("the health endpoint names the build every replica must share", async () => {
  const answer = await rawRequest({ port, target: "/healthz" });
  expect(answer.status).toBe(200);
  expect(answer.headers["cache-control"]).toBe("no-store");
  expect(JSON.parse(answer.body)).toEqual({
    status: "ok",
    build: readFileSync(".next/BUILD_ID", "utf8").trim(),
  });
});
