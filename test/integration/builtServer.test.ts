/**
 * `npm start` runs the server compiled at build time with plain Node, no TypeScript loader
 * (S25): the `build:server` script's output starts, answers and stops cleanly.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { exampleJourney } from "../support/example";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const outDir = join(ROOT, ".tmp", `built-server-${process.pid}`);
const dataDir = mkdtempSync(join(tmpdir(), "baton-built-"));
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the compiled server", () => {
  it("[S25] [S47] the build:server output runs on plain Node: it listens, answers /healthz, imports, replaces and draws a map in its worker thread, and stops on SIGTERM", async () => {
    const script = (JSON.parse(spawnSync("npm", ["pkg", "get", "scripts.build:server"], { cwd: ROOT, encoding: "utf8" }).stdout) as string).replace("--outdir=dist-server", `--outdir=${outDir}`);
    const built = spawnSync("npx", script.split(" "), { cwd: ROOT, encoding: "utf8" });
    expect(built.status, built.stderr).toBe(0);
    const child = spawn(process.execPath, [join(outDir, "index.js")], { cwd: ROOT, env: { ...process.env, PORT: "0", HOST: "127.0.0.1", BATON_DATA_DIR: dataDir, NODE_OPTIONS: "" }, stdio: ["ignore", "pipe", "pipe"] });
    const port = await new Promise<number>((resolvePort, reject) => {
      let out = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        out += chunk;
        const m = /"event":"server.listening".*?"port":(\d+)/.exec(out);
        if (m) resolvePort(Number(m[1]));
      });
      child.on("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const created = await fetch(`http://127.0.0.1:${port}/api/maps`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(created.status).toBe(201);
    // The heavy-work worker runs from the compiled output too (S47): import, PUT and SVG use it.
    const file = JSON.stringify(exampleJourney());
    const imported = await fetch(`http://127.0.0.1:${port}/api/maps/import`, { method: "POST", headers: { "content-type": "application/json" }, body: file });
    expect(imported.status).toBe(201);
    const map = (await imported.json()) as { id: string; editKey: string; viewKey: string };
    const put = await fetch(`http://127.0.0.1:${port}/api/maps/${map.id}`, { method: "PUT", headers: { "content-type": "application/json", authorization: `Bearer ${map.editKey}` }, body: file });
    expect(put.status).toBe(200);
    const svg = await fetch(`http://127.0.0.1:${port}/api/maps/${map.id}/export.svg`, { headers: { authorization: `Bearer ${map.viewKey}` } });
    expect(svg.status).toBe(200);
    expect(await svg.text()).toContain(`data-card-id="${exampleJourney().cards[0]?.id ?? "none"}"`);
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
