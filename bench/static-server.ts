/**
 * Serves a folder (the static export in out/) with `serve`, on loopback only, as a plain static
 * host would: clean URLs (/events/<id> → events/<id>.html), no server code. Used by the load
 * benchmark and the browser tests.
 */
import { spawn } from "node:child_process";
import path from "node:path";

export interface StaticServer {
  url: string;
  /** Stops the server (and waits until it has exited). */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startStaticServer({
  dir,
  port,
  timeoutMs = 15_000,
}: {
  dir: string;
  port: number;
  timeoutMs?: number;
}): Promise<StaticServer> {
  const child = spawn(
    process.execPath,
    [
      path.join("node_modules", "serve", "build", "main.js"),
      path.resolve(dir),
      // 127.0.0.1, not 0.0.0.0 (serve's default): nothing outside this machine can reach it.
      ...["--listen", `tcp://127.0.0.1:${port}`],
      "--no-clipboard",
      "--no-request-logging",
    ],
    {
      env: { ...process.env, NO_UPDATE_NOTIFIER: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const server: StaticServer = {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await Promise.race([exited, sleep(5_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };

  // Ready when serve says where it listens. It then names the address; when the port is taken,
  // serve 14 quietly picks another (its --no-port-switching is ignored): refuse that, lest we
  // measure whatever else holds the port.
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    const listening = /Accepting connections at (\S+)/.exec(output)?.[1];
    if (listening && new URL(listening).port === String(port)) return server;
    if (listening) break;
    await sleep(100);
  }
  await server.stop();
  throw new Error(`serve did not come up on port ${port} for ${dir}:\n${output}`);
}
