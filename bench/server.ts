/** Starts `next start` on the production build in .next, serving the store in `dataDir`. */
import { spawn } from "node:child_process";
import path from "node:path";

export interface Server {
  url: string;
  /** Stops the server (and waits until it has exited). */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startServer({
  port,
  dataDir,
  timeoutMs = 60_000,
}: {
  port: number;
  dataDir: string;
  timeoutMs?: number;
}): Promise<Server> {
  const child = spawn(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)],
    { env: { ...process.env, DATA_DIR: dataDir }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const server: Server = {
    url: `http://localhost:${port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await Promise.race([exited, sleep(5_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };

  // Ready once it answers; a 404 for a missing asset is enough, the page itself is not fetched.
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${server.url}/_next/static/__bench_probe__`);
      return server;
    } catch {
      await sleep(250);
    }
  }
  await server.stop();
  throw new Error(`next start did not come up on port ${port}:\n${output}`);
}
