/**
 * Starts the servers the benchmarks measure, all one way (spawnServer): `next start` on a
 * production build, serving a given store, and reads its memory.
 * `distDir` is the build's folder (default .next): next.config.ts reads it from NEXT_DIST_DIR, so
 * the server gets it in its environment. `dataDir` is the store (DATA_DIR); without it, ./data.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export interface Server {
  url: string;
  /** The server's process id (`next start` serves from the process it was started as). */
  pid: number;
  /** Null while it runs; else how it ended, with the end of what it printed. */
  ended(): string | null;
  /** Stops the server (and waits until it has exited). */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const answers = async (url: string) => {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
};

/**
 * Spawns a server (a Node script and its arguments), keeps what it prints, and resolves once
 * `ready` says it serves: true when it does, an error message when it never will.
 */
export async function spawnServer({
  name,
  url,
  args,
  env = process.env,
  ready,
  timeoutMs,
}: {
  name: string;
  url: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  ready: (output: string) => Promise<boolean | string> | boolean | string;
  timeoutMs: number;
}): Promise<Server> {
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const server: Server = {
    url,
    pid: child.pid ?? -1,
    ended() {
      if (child.exitCode === null && child.signalCode === null) return null;
      return `exited (${child.exitCode ?? child.signalCode}):\n${output.slice(-2000)}`;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await Promise.race([exited, sleep(5_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };

  const deadline = Date.now() + timeoutMs;
  let problem = "";
  while (Date.now() < deadline && child.exitCode === null) {
    const answer = await ready(output);
    if (answer === true) return server;
    if (typeof answer === "string") {
      problem = `${answer}\n`;
      break;
    }
    await sleep(250);
  }
  await server.stop();
  throw new Error(`${name} did not come up at ${url}:\n${problem}${output}`);
}

/** `next start` on a build, serving a store. */
export async function startServer({
  port,
  host = "localhost",
  dataDir,
  distDir,
  timeoutMs = 60_000,
}: {
  port: number;
  /** Bound to this address (`-H`) when given other than localhost, as behind a reverse proxy. */
  host?: string;
  /** The store to serve (DATA_DIR); ./data when left out. */
  dataDir?: string;
  /** The build to serve (NEXT_DIST_DIR), relative to the project; .next when left out. */
  distDir?: string;
  timeoutMs?: number;
}): Promise<Server> {
  const url = `http://${host}:${port}`;
  // Something else on the port would be measured instead of our build: refuse.
  if (await answers(url)) throw new Error(`port ${port} is already in use: set BENCH_PORT`);

  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATA_DIR;
  delete env.NEXT_DIST_DIR;
  if (dataDir) env.DATA_DIR = dataDir;
  if (distDir) env.NEXT_DIST_DIR = distDir;
  return spawnServer({
    name: "next start",
    url,
    args: [
      path.join("node_modules", "next", "dist", "bin", "next"),
      "start",
      ...(host === "localhost" ? [] : ["-H", host]),
      ...["-p", String(port)],
    ],
    env,
    // Ready once it answers; a 404 for a missing asset is enough, the page itself is not fetched.
    ready: () => answers(`${url}/_next/static/__bench_probe__`),
    timeoutMs,
  });
}

/** Resident memory of a process, from /proc/<pid>/status: now (VmRSS) and its peak (VmHWM). */
export function processMemory(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1]) * 1024;
    return { rss: field("VmRSS"), peak: field("VmHWM") };
  } catch {
    return null; // not Linux, or the process is gone
  }
}
