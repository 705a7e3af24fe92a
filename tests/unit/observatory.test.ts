import { describe, expect, it } from "vitest";
import { observatoryGrade } from "../observatory";

const COMMON = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};
const POLICY = (scripts: string) =>
  `default-src 'self'; script-src 'self' ${scripts}; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'`;

describe("the Observatory stand-in", () => {
  it("grades the headers the site had before (inline scripts, plain HTTP) C+, as Observatory did", () => {
    const grade = observatoryGrade(
      { ...COMMON, "content-security-policy": POLICY("'unsafe-inline'") },
      { https: false, redirectsToHttps: false },
    );
    expect(grade).toMatchObject({ score: 60, grade: "C+" });
    expect(grade.results).toContain("csp-implemented-with-unsafe-inline: -20");
  });

  it("grades hashed scripts over HTTPS with HSTS and a redirect A+", () => {
    const grade = observatoryGrade(
      {
        ...COMMON,
        "content-security-policy": POLICY("'sha256-abc='"),
        "strict-transport-security": "max-age=63072000; includeSubDomains",
      },
      { https: true, redirectsToHttps: true },
    );
    expect(grade).toMatchObject({ score: 110, grade: "A+" });
  });

  it("takes off for a missing CSP, a short HSTS and no redirect, and gives no bonus below 90", () => {
    const grade = observatoryGrade(
      { ...COMMON, "strict-transport-security": "max-age=600" },
      { https: true, redirectsToHttps: false },
    );
    // 100 − 25 (no CSP) − 10 (HSTS under six months) − 20 (no redirect); the referrer bonus is lost.
    expect(grade).toMatchObject({ score: 45, grade: "C-" });
  });
});
