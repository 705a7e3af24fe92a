import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pageScriptHashes } from "../lib/deploy/csp";
import { nginxConfig, type NginxOptions } from "../lib/deploy/deploy-config";

/**
 * Runs Debian's nginx (apt-get install nginx) in the foreground with a config made by
 * lib/deploy/deploy-config.ts, as the browser tests and the deploy tests put it in front of the site:
 *
 *   tsx tests/nginx.ts static <port> <root>               the static export, as files
 *   tsx tests/nginx.ts proxy <https port> <http port> <upstream port>   `next start`, with TLS
 *
 * Its folder (config, pid file, temporary files, a self-signed certificate) is tmp/nginx-<port>.
 */
export const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

/** nginx's options, with `tls` asking for a self-signed certificate made here. */
type TestNginxOptions = Omit<NginxOptions, "tls"> & { tls?: { redirectFrom?: string } };

/** A folder of its own for one nginx, with the config written in it. */
export function writeNginx(name: string, options: TestNginxOptions) {
  const dir = path.resolve("tmp", `nginx-${name}`);
  mkdirSync(path.join(dir, "tmp"), { recursive: true });
  let tls: NginxOptions["tls"];
  if (options.tls) {
    const certificate = path.join(dir, "cert.pem");
    const key = path.join(dir, "key.pem");
    if (!existsSync(certificate)) {
      const made = spawnSync("openssl", [
        ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "7"],
        ...["-subj", "/CN=127.0.0.1", "-keyout", key, "-out", certificate],
      ]);
      if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
    }
    tls = { certificate, key, redirectFrom: options.tls.redirectFrom };
  }
  const file = path.join(dir, "nginx.conf");
  writeFileSync(file, nginxConfig({ ...options, tls }));
  return { dir, file };
}

/**
 * nginx in the foreground on that config. As a command (`exitWith`), this process ends with it
 * and stops it when stopped; a test stops the child itself.
 */
export function runNginx({ dir, file }: { dir: string; file: string }, { exitWith = true } = {}) {
  if (!existsSync(NGINX)) {
    throw new Error(`nginx not found at ${NGINX}: apt-get update && apt-get install -y nginx`);
  }
  const child = spawn(NGINX, ["-p", dir, "-c", file, "-g", "daemon off;"], { stdio: "inherit" });
  if (exitWith) {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.on(signal, () => child.kill("SIGQUIT"));
    }
    child.on("exit", (code) => process.exit(code ?? 0));
  }
  return child;
}

if (process.argv[1]?.endsWith("nginx.ts")) {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === "static") {
    const [port, root = "out"] = args;
    const rootDir = path.resolve(root);
    runNginx(
      writeNginx(`static-${port}`, {
        mode: "static",
        listen: `127.0.0.1:${port}`,
        root: rootDir,
        pages: pageScriptHashes(rootDir),
        ratePerSecond: 1000,
      }),
    );
  } else if (mode === "proxy") {
    const [httpsPort, httpPort, upstreamPort] = args;
    runNginx(
      writeNginx(`proxy-${httpsPort}`, {
        mode: "proxy",
        listen: `127.0.0.1:${httpsPort}`,
        upstream: `127.0.0.1:${upstreamPort}`,
        tls: { redirectFrom: `127.0.0.1:${httpPort}` },
        ratePerSecond: 1000,
      }),
    );
  } else {
    console.error(
      "usage: tsx tests/nginx.ts static <port> [root] | proxy <https> <http> <upstream>",
    );
    process.exit(2);
  }
}
