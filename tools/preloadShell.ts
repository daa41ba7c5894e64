/**
 * A Vite plugin that has the built page's HTML ask for the shell's code (`client/startPage.tsx`:
 * React, the largest file) beside its small first chunk (`<link rel="modulepreload">`), instead
 * of once that chunk has run (WP13). The first chunk still imports it dynamically, so it stays
 * small and asks for the page's first answers at once; the import then takes the preloaded file.
 */
import type { Plugin } from "vite";

/** The plugin; `entry` ends the shell's module id (`/client/startPage.tsx`). */
export function preloadShell(entry: string): Plugin {
  return {
    name: "baton-preload-shell",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === "chunk");
        const shell = chunks.find((c) => c.facadeModuleId?.endsWith(entry));
        if (!shell) return [];
        // The shell's own file and the files it imports statically, as Vite preloads an entry's (the entry itself is already asked for).
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const files = [shell.fileName, ...shell.imports].filter((f) => !entries.has(f));
        return files.map((file) => ({ tag: "link", attrs: { rel: "modulepreload", crossorigin: true, href: `/${file}` }, injectTo: "head" as const }));
      },
    },
  };
}
