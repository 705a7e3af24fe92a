import { NOT_FOUND_PAGE } from "./csp";
import {
  COMMON_HEADERS,
  REVALIDATE,
  STRICT_TRANSPORT_SECURITY,
  framingHeaders,
  type Header,
} from "./security-headers";

/**
 * nginx configurations for the two ways the site is deployed (README, "Deploying"), made from the
 * same header rules as `next start` (lib/deploy/security-headers.ts):
 *  - "proxy": nginx in front of `next start` bound to loopback. The app's security headers pass
 *    through unchanged (each page's CSP is its own); nginx's own answers (400, 405, 414, 429,
 *    431, 502) get the same headers, with a policy that allows no inline script.
 *  - "static": nginx serving the static export (out/) as files, each page with the CSP of its
 *    inline scripts (`pages`, from lib/deploy/csp.ts).
 * With TLS, HTTPS answers carry HSTS and a plain-HTTP listener redirects to HTTPS.
 */
export interface NginxOptions {
  mode: "proxy" | "static";
  /** Where nginx listens: "8080" or "127.0.0.1:8080". With TLS, the HTTPS listener. */
  listen: string;
  /** proxy: the `next start` address, e.g. "127.0.0.1:3000". */
  upstream?: string;
  /** static: the export's folder (absolute path), and its pages' inline-script hashes. */
  root?: string;
  pages?: ReadonlyMap<string, readonly string[]>;
  /** HTTPS: certificate and key files; `redirectFrom` (HTTP) then answers 301 to HTTPS. */
  tls?: { certificate: string; key: string; redirectFrom?: string };
  /** Requests per second one client address may make (a burst of twice as many is let through). */
  ratePerSecond?: number;
}

/** nginx's string quoting: backslash and double quote escaped. */
const quoted = (value: string) => `"${value.replace(/[\\"]/g, "\\$&")}"`;

/** `add_header` lines; `always` puts them on error answers too. */
const addHeaders = (headers: readonly Header[], indent: string) =>
  headers.map(({ key, value }) => `${indent}add_header ${key} ${quoted(value)} always;`).join("\n");

/** An nginx variable name for a header: Content-Security-Policy → content_security_policy. */
const variableOf = (key: string) => key.toLowerCase().replace(/-/g, "_");

/** The headers of a path that allows no inline script: nginx's own answers, unknown paths. */
const strictHeaders = (pathname: string) => [
  ...COMMON_HEADERS,
  ...framingHeaders(pathname, { scripts: [] }),
];

export function nginxConfig(options: NginxOptions): string {
  const { mode, listen, tls } = options;
  const rate = options.ratePerSecond ?? 20;
  if (mode === "proxy" && !options.upstream) throw new Error("proxy mode needs --upstream");
  if (mode === "static" && (!options.root || !options.pages)) {
    throw new Error("static mode needs --root, the folder of the static export");
  }
  const hsts = tls ? [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }] : [];

  // proxy: each header is the app's when the app answered, else nginx's default.
  const defaults = strictHeaders("/");
  const proxyMaps = defaults
    .map(
      ({ key, value }) => `  map $upstream_status $${variableOf(key)} {
    "" ${quoted(value)};
    default $upstream_http_${variableOf(key)};
  }`,
    )
    .join("\n");
  const proxyHeaders = [
    ...defaults.map(({ key }) => ({ key, value: `$${variableOf(key)}` })),
    ...hsts,
  ];

  // static: each page's CSP; every other address is the 404 page or a file without scripts.
  const pages = [...(options.pages ?? [])].sort(([a], [b]) => a.localeCompare(b));
  const notFound = options.pages?.get(NOT_FOUND_PAGE) ?? [];
  const policyOf = (scripts: readonly string[]) =>
    framingHeaders("/", { scripts }).find(({ key }) => key === "Content-Security-Policy")!.value;
  // Keyed on the path as requested: try_files changes $uri (/about is served as /about.html).
  const staticMap = `  map $request_uri $requested_path {
    "~^(?<path>[^?]*)" $path;
  }
  map $requested_path $content_security_policy {
${pages
  .flatMap(([page, scripts]) =>
    [page, page === "/" ? "/index.html" : `${page}.html`].map(
      (uri) => `    ${quoted(uri)} ${quoted(policyOf(scripts))};`,
    ),
  )
  .join("\n")}
    default ${quoted(policyOf(notFound))};
  }`;
  const staticHeaders = [
    ...strictHeaders("/").map((header) =>
      header.key === "Content-Security-Policy"
        ? { key: header.key, value: "$content_security_policy" }
        : header,
    ),
    ...hsts,
  ];

  const headers = mode === "proxy" ? proxyHeaders : staticHeaders;
  // add_header in a location replaces the server's: each location states all of its headers.
  const headersWith = (cacheControl: string | null, indent: string) =>
    addHeaders(
      cacheControl ? [...headers, { key: "Cache-Control", value: cacheControl }] : headers,
      indent,
    );
  const hidden = [...defaults.map(({ key }) => key), "X-Powered-By"]
    .map((key) => `      proxy_hide_header ${key};`)
    .join("\n");
  const toApp = `      proxy_pass http://next_start;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-Host $host;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
${hidden}`;

  const locations =
    mode === "proxy"
      ? `    location / {
      limit_req zone=per_client burst=${rate * 2} nodelay;
${toApp}
${headersWith(null, "      ")}
    }
    # For the load balancer: the app's own answer, with the id of the build it runs.
    location = /healthz {
${toApp}
${headersWith(null, "      ")}
    }`
      : `    root ${options.root};
    error_page 404 /404.html;
    location / {
      limit_req zone=per_client burst=${rate * 2} nodelay;
      # Clean URLs, as the export is written: /about is about.html.
      try_files $uri $uri.html $uri/index.html =404;
${headersWith(REVALIDATE, "      ")}
    }
    location /_next/static/ {
${headersWith("public, max-age=31536000, immutable", "      ")}
    }
    location = /feed.xml {
      default_type application/atom+xml;
${headersWith(REVALIDATE, "      ")}
    }
    # For the load balancer: nginx is up and serves the files.
    location = /healthz {
      default_type application/json;
${headersWith("no-store", "      ")}
      return 200 '{"status":"ok"}\\n';
    }`;

  const redirect = tls?.redirectFrom
    ? `
  server {
    listen ${tls.redirectFrom};
${addHeaders(strictHeaders("/"), "    ")}
    return 301 https://$host$request_uri;
  }
`
    : "";

  return `# Made by \`npm run nginx:config\` (lib/deploy/deploy-config.ts), headers from lib/deploy/security-headers.ts.
# Run: nginx -p <folder for its pid file and temporary files> -c <this file>
worker_processes auto;
pid nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }

http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  server_tokens off;
  client_body_temp_path tmp/body;
  proxy_temp_path tmp/proxy;
  fastcgi_temp_path tmp/fastcgi;
  uwsgi_temp_path tmp/uwsgi;
  scgi_temp_path tmp/scgi;
  # Nothing here takes a body: the site only reads.
  client_max_body_size 1k;
  # A request line or header over 8 KB is refused (414, 400) before it reaches the app.
  large_client_header_buffers 4 8k;
  gzip on;
  gzip_types text/css application/javascript application/json application/atom+xml application/feed+json image/svg+xml text/plain application/xml;

  # One client address may make ${rate} requests a second (a burst of ${rate * 2}); then 429.
  limit_req_zone $binary_remote_addr zone=per_client:10m rate=${rate}r/s;
  limit_req_status 429;
  # The maps' values are whole policies: room for them.
  map_hash_bucket_size 256;
  map_hash_max_size 4096;

${mode === "proxy" ? proxyMaps : staticMap}
${
  mode === "proxy"
    ? `
  upstream next_start {
    server ${options.upstream};
    keepalive 32;
  }
`
    : ""
}${redirect}
  server {
    listen ${listen}${tls ? " ssl" : ""};
${
  tls
    ? `    ssl_certificate ${tls.certificate};
    ssl_certificate_key ${tls.key};
    ssl_protocols TLSv1.2 TLSv1.3;
`
    : ""
}${headersWith(null, "    ")}
    # ${
      mode === "proxy"
        ? "TRACE, CONNECT and unknown methods are refused here (Node.js cannot answer them); the app answers the rest (405 for writing methods, in JSON for the API)."
        : "The site only reads: every method but GET, HEAD and OPTIONS is refused (405)."
    }
    if ($request_method !~ ^(${mode === "proxy" ? "GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE" : "GET|HEAD|OPTIONS"})$) {
      return 405;
    }
    error_page 405 @method_not_allowed;
    location @method_not_allowed {
${addHeaders([...strictHeaders("/"), ...hsts, { key: "Allow", value: "GET, HEAD, OPTIONS" }], "      ")}
      default_type text/plain;
      return 405 "Method not allowed: this site only reads (GET, HEAD, OPTIONS).\\n";
    }
${locations}
  }
}
`;
}

/**
 * A `_headers` file for static hosts that read one (Netlify, Cloudflare Pages): the common
 * headers and the cache policy on every path, and each page's own CSP. Such hosts join the
 * values of every rule that matches, so the CSP is given per page only, never under `/*`.
 */
export function headersFile(pages: ReadonlyMap<string, readonly string[]>): string {
  const block = (path: string, headers: readonly Header[]) =>
    [path, ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join("\n");
  const everywhere = block("/*", [
    ...COMMON_HEADERS,
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cache-Control", value: REVALIDATE },
  ]);
  const perPage = [...pages]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([page, scripts]) =>
      block(page === NOT_FOUND_PAGE ? "/404.html" : page, [
        framingHeaders(page, { scripts }).find(({ key }) => key === "Content-Security-Policy")!,
      ]),
    );
  return `${[everywhere, ...perPage].join("\n\n")}\n`;
}
