/**
 * Builds the page into a temporary directory for a browser bench, unless BATON_DIST_DIR names a
 * build already made (then nothing is built and nothing removed).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The page's build directory and how to remove it when the bench is done. */
export function buildPage(): { dir: string; cleanup: () => void } {
  if (process.env.BATON_DIST_DIR) return { dir: process.env.BATON_DIST_DIR, cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), "baton-bench-dist-"));
  execFileSync(join(ROOT, "node_modules", ".bin", "vite"), ["build", "--outDir", dir, "--emptyOutDir", "--logLevel", "error"], { cwd: ROOT, stdio: "inherit" });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
