/**
 * Starts the real Baton server (`node --import tsx server/index.ts`) as a child process for integration and
 * e2e tests, on a free port (PORT=0) with a fresh temporary BATON_DATA_DIR unless told
 * otherwise. The port is read from the server's structured startup line
 * (`{"event":"server.listening","port":...}`). `restart()` keeps the port and the data
 * directory, so clients reconnect to the same URL and see the same maps.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export interface StartServerOptions {
  /** Data directory; default a new temp dir, removed by `stop()` (not by `kill()`) unless given here. */
  dataDir?: string;
  /** Built page to serve; default `$BATON_DIST_DIR` or `<repo>/dist`. */
  distDir?: string;
  /** Extra environment (e.g. `BATON_ALLOWED_ORIGINS`, `BATON_AWARENESS_COALESCE: "0"`). */
  env?: Record<string, string>;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>`; the same after `restart()`. */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** The current server process's id (changes with `restart()`). */
  readonly pid: number;
  /** Every line the current and earlier processes printed (stdout and stderr), in order. */
  readonly logs: string[];
  /** SIGTERM and wait for exit (the server stores everything first). Rejects on a non-zero exit. */
  stop(): Promise<void>;
  /** SIGKILL: a crash. The data directory stays, so `restart()` brings the server back on it. */
  kill(): Promise<void>;
  /** Stops (gracefully, if running; after `kill()` it is not) and starts again on the same port and data directory. */
  restart(): Promise<void>;
}

/** What the server's startup line says. */
interface Started {
  child: ChildProcess;
  port: number;
}

function launch(env: Record<string, string>, logs: string[]): Promise<Started> {
  return new Promise((resolveStart, reject) => {
    // `node --import tsx` rather than the tsx CLI: the CLI runs the server in a grandchild, so
    // a SIGKILL of the CLI would leave the server running.
    const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let settled = false;
    const timer = setTimeout(() => fail(new Error("the server did not start within 60 s")), 60_000);
    const fail = (err: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${err.message}\n${logs.slice(-20).join("\n")}`));
    };
    let buffered = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        logs.push(line);
        if (settled) continue;
        try {
          const parsed = JSON.parse(line) as { event?: string; port?: number };
          if (parsed.event === "server.listening" && typeof parsed.port === "number") {
            settled = true;
            clearTimeout(timer);
            resolveStart({ child, port: parsed.port });
          }
        } catch {
          // not a log line (tsx or npm noise)
        }
      }
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => logs.push(...chunk.split("\n").filter((l) => l !== "")));
    child.on("exit", (code, signal) => fail(new Error(`the server exited before listening (code ${code}, signal ${signal})`)));
    child.on("error", (err) => fail(err));
  });
}

function waitExit(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((r) => child.once("exit", (code, signal) => r({ code, signal })));
}

/** Starts the server; see the module comment. */
export async function startServer(opts: StartServerOptions = {}): Promise<RunningServer> {
  const ownDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), "baton-data-"));
  const distDir = resolve(opts.distDir ?? process.env.BATON_DIST_DIR ?? join(ROOT, "dist"));
  const logs: string[] = [];
  const env = (port: number): Record<string, string> => ({
    HOST: "127.0.0.1",
    BATON_DIST_DIR: distDir,
    // Tests make many maps and exports from one address; the rate tests set their own (S42).
    BATON_CREATE_LIMIT: "1000000",
    BATON_EXPORT_LIMIT: "1000000",
    ...opts.env,
    PORT: String(port),
    BATON_DATA_DIR: dataDir,
  });
  let current: Started | null = await launch(env(Number(opts.env?.PORT ?? 0)), logs);
  const port = current.port;

  const stopChild = async (signal: NodeJS.Signals): Promise<void> => {
    const c = current;
    current = null;
    if (!c) return;
    const exited = waitExit(c.child);
    c.child.kill(signal);
    const { code } = await exited;
    if (signal === "SIGTERM" && code !== 0) throw new Error(`the server exited with code ${code} on SIGTERM`);
  };
  const cleanup = (): void => {
    if (ownDir) rmSync(dataDir, { recursive: true, force: true });
  };

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    logs,
    get pid() {
      return current?.child.pid ?? 0;
    },
    async stop() {
      try {
        await stopChild("SIGTERM");
      } finally {
        cleanup();
      }
    },
    async kill() {
      await stopChild("SIGKILL");
    },
    async restart() {
      await stopChild("SIGTERM");
      current = await launch(env(port), logs);
    },
  };
}

/** The 201 body of `POST /api/maps` (api.md). */
export interface CreatedMap {
  id: string;
  ownerKey: string;
  editKey: string;
  viewKey: string;
  links: { edit: string; view: string };
}

/** Creates a map through the API (`POST /api/maps` with `{ title?, template?, lang? }`). */
export async function createMap(baseUrl: string, body: Record<string, unknown> = {}): Promise<CreatedMap> {
  const res = await fetch(`${baseUrl}/api/maps`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`POST /api/maps answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as CreatedMap;
}

/** Imports a journey file (`POST /api/maps/import`); throws with the server's issues when refused. */
export async function importMap(baseUrl: string, journey: unknown): Promise<CreatedMap> {
  const res = await fetch(`${baseUrl}/api/maps/import`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(journey),
  });
  if (res.status !== 201) throw new Error(`POST /api/maps/import answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as CreatedMap;
}

/** `ws://127.0.0.1:<port>/sync`: the `serverUrl` argument of `new WebsocketProvider(...)`. */
export function syncUrl(baseUrl: string): string {
  return `${baseUrl.replace(/^http/, "ws")}/sync`;
}
