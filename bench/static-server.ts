/**
 * Serves a folder with `serve`, on loopback only, as a plain static host would: clean URLs
 * (/events/<id> → events/<id>.html), gzip, no server code. The benchmarks' one static server
 * (the static export for the load benchmark, the TimelineJS page for its comparison); the
 * browser tests serve the export with nginx, as it is deployed (tests/nginx.ts).
 */
import path from "node:path";
import { spawnServer, type Server } from "./server";

export function startStaticServer({
  dir,
  port,
  timeoutMs = 15_000,
}: {
  dir: string;
  port: number;
  timeoutMs?: number;
}): Promise<Server> {
  return spawnServer({
    name: `serve ${dir}`,
    url: `http://127.0.0.1:${port}`,
    args: [
      path.join("node_modules", "serve", "build", "main.js"),
      path.resolve(dir),
      // 127.0.0.1, not 0.0.0.0 (serve's default): nothing outside this machine can reach it.
      ...["--listen", `tcp://127.0.0.1:${port}`],
      "--no-clipboard",
      "--no-request-logging",
    ],
    env: { ...process.env, NO_UPDATE_NOTIFIER: "1" },
    // Ready when serve says where it listens. When the port is taken, serve 14 quietly picks
    // another (its --no-port-switching is ignored): refuse that, lest we measure whatever else
    // holds the port.
    ready: (output) => {
      const listening = /Accepting connections at (\S+)/.exec(output)?.[1];
      if (!listening) return false;
      return (
        new URL(listening).port === String(port) ||
        `port ${port} is taken: it listens at ${listening}`
      );
    },
    timeoutMs,
  });
}
