/**
 * A throwaway `redis-server` for tests, on a free loopback port, no persistence. Needs only
 * the binary (`/usr/bin/redis-server`, or `$BATON_REDIS_SERVER`); when it is missing this FAILS
 * with how to install it, never skips.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { freePort } from "./postgres";

export interface TestRedis {
  readonly url: string;
  readonly port: number;
  /** SIGKILL: Redis is gone, everything it held with it. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function redisBinary(): string {
  const bin = process.env.BATON_REDIS_SERVER ?? "/usr/bin/redis-server";
  if (!existsSync(bin)) throw new Error(`redis-server not found at ${bin}; install it with: apt-get install -y redis-server (Debian/Ubuntu)`);
  return bin;
}

export async function startRedis(): Promise<TestRedis> {
  const bin = redisBinary();
  const port = await freePort();
  let child: ChildProcess | null = null;
  const launch = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const c = spawn(bin, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "no"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      child = c;
      let out = "";
      const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 20_000);
      c.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
        out += chunk;
        if (out.includes("Ready to accept connections")) {
          clearTimeout(timer);
          resolve();
        }
      });
      c.on("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited (${code}): ${out}`));
      });
    });
  const kill = async (): Promise<void> => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once("exit", r));
    c.kill("SIGKILL");
    await exited;
  };
  await launch();
  return { url: `redis://127.0.0.1:${port}`, port, kill, start: launch, stop: kill };
}
