import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The live editor's libraries, none of which a map's first paint may need (SPEC.md KB24). */
export const EDITOR_LIBRARIES = /node_modules\/(yjs|y-websocket|y-indexeddb|y-protocols|@xyflow|d3-[a-z]+|zod)\//;

/**
 * The chunks of a build (file names under `<distDir>/assets`) that hold any of the editor's
 * libraries, read from their source maps. Chunks without a source map (the message
 * catalogues, data only) are left out.
 */
export function editorChunks(distDir: string): Set<string> {
  const assets = join(distDir, "assets");
  const files = readdirSync(assets);
  const out = new Set<string>();
  for (const file of files.filter((f) => f.endsWith(".js") && files.includes(`${f}.map`))) {
    const { sources } = JSON.parse(readFileSync(join(assets, `${file}.map`), "utf8")) as { sources: string[] };
    if (sources.some((s) => EDITOR_LIBRARIES.test(s))) out.add(file);
  }
  return out;
}
