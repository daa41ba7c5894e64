/**
 * A Vite plugin that writes a Brotli (`.br`) and a gzip (`.gz`) copy next to every compressible
 * file of the build's `assets/` (S62), so the server sends a map page's ~260 KiB of scripts
 * compressed without compressing on each request. Compressed once at build time at the highest
 * levels; a copy that would not save at least a tenth is not written.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

/** Extensions worth compressing (text); images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|svg|json|txt|html|webmanifest|wasm)$/;
/** Files smaller than this are sent as they are: the headers would eat the saving. */
const MIN_BYTES = 1024;

/** Writes `<file>.br` and `<file>.gz` for the compressible files of `dir` (recursively); returns how many files got copies. */
export function precompressDir(dir: string): number {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      count += precompressDir(path);
      continue;
    }
    if (!COMPRESSIBLE.test(name)) continue;
    const raw = readFileSync(path);
    if (raw.length < MIN_BYTES) continue;
    const br = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    const gz = gzipSync(raw, { level: 9 });
    if (br.length < raw.length * 0.9) writeFileSync(`${path}.br`, br);
    if (gz.length < raw.length * 0.9) writeFileSync(`${path}.gz`, gz);
    count++;
  }
  return count;
}

/** The plugin: after the build is written, compresses `<outDir>/assets`. */
export function precompress(): Plugin {
  let outDir = "";
  return {
    name: "baton-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressDir(join(outDir, "assets"));
    },
  };
}
