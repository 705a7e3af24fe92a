import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, pagePathOf } from "@/lib/deploy/csp";
import { headersFile, nginxConfig } from "@/lib/deploy/deploy-config";
import {
  COMMON_HEADERS,
  contentSecurityPolicy,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/deploy/security-headers";

describe("inline script hashes", () => {
  it("hashes the scripts a browser runs, and only those", () => {
    const html =
      '<script src="/a.js" async=""></script><script>self.x=1</script>' +
      '<script type="application/ld+json">{"a":1}</script><script type="application/json">{}</script>' +
      '<script id="_R_">self.x=1</script><script type="module">y()</script>';
    // sha256("self.x=1") and sha256("y()"), base64 (as Python's hashlib gives them); the repeated script is listed once.
    expect(inlineScriptHashes(html)).toEqual([
      "'sha256-OeQ5f9lOMes7jOc0cGCXX08CnAERweUkLpVXXpflaLg='",
      "'sha256-nwG+cZ8J4yZ7RZ4RWxVDwCwkMn9GJelY2VgKXNi2Uvk='",
    ]);
  });

  it("names pages by their address", () => {
    expect(pagePathOf("index.html")).toBe("/");
    expect(pagePathOf("about.html")).toBe("/about");
    expect(pagePathOf("sources/dw-1.html")).toBe("/sources/dw-1");
    expect(pagePathOf("sources/index.html")).toBe("/sources");
  });
});

describe("nginx and _headers, from the app's header rules", () => {
  const pages = new Map([
    ["/", ["'sha256-home='"]],
    ["/about", ["'sha256-about='"]],
    ["/404", ["'sha256-missing='"]],
  ]);

  it("serves the export with each page's policy and the common headers everywhere", () => {
    const config = nginxConfig({ mode: "static", listen: "8080", root: "/srv/out", pages });
    for (const { key, value } of COMMON_HEADERS) {
      expect(config).toContain(`add_header ${key} "${value}" always;`);
    }
    const about = contentSecurityPolicy({ frameAncestors: "'none'", scripts: ["'sha256-about='"] });
    expect(config).toContain(`"/about.html" "${about}";`);
    expect(config).toContain(
      `default "${contentSecurityPolicy({ frameAncestors: "'none'", scripts: ["'sha256-missing='"] })}";`,
    );
    expect(config).not.toContain("Strict-Transport-Security");
    expect(config).toContain("return 405");
  });

  it("in front of next start passes the app's headers through, adds HSTS and redirects HTTP", () => {
    const config = nginxConfig({
      mode: "proxy",
      listen: "443",
      upstream: "127.0.0.1:3000",
      tls: { certificate: "/c.pem", key: "/k.pem", redirectFrom: "80" },
    });
    expect(config).toContain("default $upstream_http_content_security_policy;");
    expect(config).toContain("proxy_hide_header Content-Security-Policy;");
    expect(config).toContain(
      `add_header Strict-Transport-Security "${STRICT_TRANSPORT_SECURITY}" always;`,
    );
    expect(config).toContain("return 301 https://$host$request_uri;");
    expect(config).toContain("listen 443 ssl;");
    expect(() => nginxConfig({ mode: "proxy", listen: "80" })).toThrow(/upstream/);
  });

  it("writes a _headers file with no CSP under /* (hosts would join the values)", () => {
    const file = headersFile(pages);
    const everywhere = file.split("\n\n")[0]!;
    expect(everywhere).toContain("/*\n  X-Content-Type-Options: nosniff");
    expect(everywhere).not.toContain("Content-Security-Policy");
    expect(file).toContain(
      "/about\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-about='",
    );
    expect(file).toContain("/404.html\n  Content-Security-Policy:");
  });
});

describe("deploy/nginx/proxy.conf", () => {
  it("is what `npm run nginx:config` makes for it (edit lib/, then make it again)", () => {
    const committed = readFileSync("deploy/nginx/proxy.conf", "utf8");
    expect(committed).toBe(
      nginxConfig({
        mode: "proxy",
        listen: "443",
        upstream: "127.0.0.1:3000",
        tls: {
          certificate: "/etc/ssl/timeline/fullchain.pem",
          key: "/etc/ssl/timeline/privkey.pem",
          redirectFrom: "80",
        },
      }),
    );
  });
});
