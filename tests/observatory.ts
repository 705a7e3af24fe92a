/**
 * A local stand-in for Mozilla's HTTP Observatory grade: its published scoring (MDN HTTP
 * Observatory, "Tests & scoring") applied to the headers of one answer, for the tests that
 * concern headers. Cookies, subresource integrity and CORS are left out: the site sets no
 * cookie, loads no script from another origin, and its open data is meant to be read anywhere.
 * Start at 100; bonuses count only from 90 on.
 */
export interface Grade {
  score: number;
  grade: string;
  /** Each test's result and modifier, e.g. "csp-implemented-with-unsafe-inline: -20". */
  results: string[];
}

const GRADES: [number, string][] = [
  [100, "A+"],
  [90, "A"],
  [85, "A-"],
  [80, "B+"],
  [70, "B"],
  [65, "B-"],
  [60, "C+"],
  [50, "C"],
  [45, "C-"],
  [40, "D+"],
  [30, "D"],
  [25, "D-"],
  [0, "F"],
];

/**
 * `headers`: one answer's headers (names lower-case). `https`: whether the site is served over
 * HTTPS; `redirectsToHttps`: whether its plain-HTTP address redirects there (Observatory loads
 * both).
 */
export function observatoryGrade(
  headers: Record<string, string>,
  { https, redirectsToHttps }: { https: boolean; redirectsToHttps: boolean },
): Grade {
  const results: [string, number][] = [];
  const policy = headers["content-security-policy"];
  if (!policy) results.push(["csp-not-implemented", -25]);
  else {
    const directives = new Map(
      policy
        .split(";")
        .map((part) => part.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name, ...values]) => [name!.toLowerCase(), values]),
    );
    const scripts = directives.get("script-src") ?? directives.get("default-src") ?? [];
    const styles = directives.get("style-src") ?? directives.get("default-src") ?? [];
    // 'unsafe-inline' is ignored by browsers where a hash or nonce is given (CSP2).
    const hashedOrNonced = scripts.some((value) => /^'(sha\d+|nonce)-/.test(value));
    if (scripts.includes("'unsafe-inline'") && !hashedOrNonced)
      results.push(["csp-implemented-with-unsafe-inline", -20]);
    else if (scripts.includes("'unsafe-eval'"))
      results.push(["csp-implemented-with-unsafe-eval", -10]);
    else if (styles.includes("'unsafe-inline'"))
      results.push(["csp-implemented-with-unsafe-inline-in-style-src-only", 0]);
    else if (directives.get("default-src")?.join(" ") === "'none'")
      results.push(["csp-implemented-with-no-unsafe-default-src-none", 10]);
    else results.push(["csp-implemented-with-no-unsafe", 0]);
  }

  if (!https) results.push(["hsts-not-implemented-no-https", -20]);
  else {
    const maxAge = Number(/max-age=(\d+)/i.exec(headers["strict-transport-security"] ?? "")?.[1]);
    if (!headers["strict-transport-security"]) results.push(["hsts-not-implemented", -20]);
    else if (maxAge < 15_768_000)
      results.push(["hsts-implemented-max-age-less-than-six-months", -10]);
    else results.push(["hsts-implemented-max-age-at-least-six-months", 0]);
  }
  if (!https) results.push(["redirection-not-needed-no-https", 0]);
  else results.push(redirectsToHttps ? ["redirection-to-https", 0] : ["redirection-missing", -20]);

  const referrer = headers["referrer-policy"]?.split(",").pop()?.trim().toLowerCase();
  if (!referrer) results.push(["referrer-policy-not-implemented", 0]);
  else if (
    ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"].includes(
      referrer,
    )
  )
    results.push(["referrer-policy-private", 5]);
  else results.push(["referrer-policy-unsafe", -5]);

  results.push(
    headers["x-content-type-options"]?.toLowerCase() === "nosniff"
      ? ["x-content-type-options-nosniff", 0]
      : ["x-content-type-options-not-implemented", -5],
  );

  if (/frame-ancestors/i.test(policy ?? ""))
    results.push(["x-frame-options-implemented-via-csp", 5]);
  else if (/^(deny|sameorigin)$/i.test(headers["x-frame-options"] ?? ""))
    results.push(["x-frame-options-sameorigin-or-deny", 0]);
  else results.push(["x-frame-options-not-implemented", -20]);

  const penalties = results.reduce((sum, [, value]) => sum + Math.min(value, 0), 100);
  const bonuses = results.reduce((sum, [, value]) => sum + Math.max(value, 0), 0);
  const score = penalties >= 90 ? penalties + bonuses : penalties;
  return {
    score,
    grade: GRADES.find(([floor]) => score >= floor)![1],
    results: results.map(([name, value]) => `${name}: ${value}`),
  };
}
