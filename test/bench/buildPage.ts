import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Builds the page into a temporary directory, unless BATON_DIST_DIR names a build to measure. */
export function buildPage(): { dir: string; cleanup: () => void } {
  if (process.env.BATON_DIST_DIR) return { dir: process.env.BATON_DIST_DIR, cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), "baton-bench-dist-"));
  execFileSync(join(ROOT, "node_modules", ".bin", "vite"), ["build", "--outDir", dir, "--emptyOutDir", "--logLevel", "error"], { cwd: ROOT, stdio: "inherit" });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
