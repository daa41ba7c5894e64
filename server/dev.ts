/**
 * `npm run dev`: the page from Vite's dev server (http://localhost:5173, hot reload; it proxies
 * /api and /sync to 8080 as vite.config.ts says) and the server under `tsx watch` on 8080,
 * together. Output is prefixed per process; Ctrl+C stops both, and if one exits the other is stopped.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name: string) => join(root, "node_modules", ".bin", name);

const children: ChildProcess[] = [];
let stopping = false;

function run(label: string, command: string, args: string[]): void {
  const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: process.env });
  const prefix = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split(/\r?\n/)) if (line) stream.write(`[${label}] ${line}\n`);
  };
  child.stdout?.on("data", prefix(process.stdout));
  child.stderr?.on("data", prefix(process.stderr));
  child.on("exit", (code, signal) => {
    process.stdout.write(`[${label}] exited (${signal ?? code})\n`);
    stop(code ?? 0);
  });
  children.push(child);
}

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  process.exitCode = code;
}

process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

run("server", bin("tsx"), ["watch", "server/index.ts"]);
run("page", bin("vite"), []);
