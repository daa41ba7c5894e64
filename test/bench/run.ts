/**
 * `npm run bench`: runs every `test/bench/*.bench.ts` in turn (or only those whose name contains
 * one of the command-line words, e.g. `npm run bench -- core svg`). Each file's default export
 * is an async function that measures and prints its own table. Numbers are reported, never
 * asserted: these machines are shared and noisy, so compare ratios within one run.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";

const here = fileURLToPath(new URL(".", import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();

for (const file of files) {
  process.stdout.write(`\n## ${file.replace(/\.bench\.ts$/, "")}\n\n`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<void> };
  await mod.default();
}
