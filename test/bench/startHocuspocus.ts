/**
 * Starts `hocuspocusServer.ts` as a child process (in memory, or with its SQLite extension on a
 * temporary file) and returns its port; `stop()` ends it and removes the file.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface RunningHocuspocus {
  readonly port: number;
  stop(): Promise<void>;
}

const here = fileURLToPath(new URL(".", import.meta.url));

/** Hocuspocus with stock settings; `sqlite` adds its SQLite extension. */
export function startHocuspocus(sqlite: boolean): Promise<RunningHocuspocus> {
  const dir = mkdtempSync(join(tmpdir(), "baton-hocuspocus-"));
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (sqlite) env.HOCUSPOCUS_SQLITE = join(dir, "documents.sqlite");
  const child = spawn(process.execPath, ["--import", "tsx", join(here, "hocuspocusServer.ts")], { env, stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const stop = async (): Promise<void> => {
    child.kill("SIGTERM");
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const m = /"port":(\d+)/.exec(out);
      if (m) resolve({ port: Number(m[1]), stop });
    });
    child.once("exit", (code) => reject(new Error(`Hocuspocus exited before listening (code ${code})`)));
  });
}
