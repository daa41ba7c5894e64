/**
 * A Vite plugin that serves the page's message catalogue one language at a time:
 * `import en from "virtual:baton-messages/en"` is that language's merged messages as a JSON
 * object, nothing else. The catalogue itself (`client/i18n/catalogue.ts`, every area with every
 * language, the typed keys) stays the one source: the plugin evaluates it with Vite's module
 * runner and emits one language, so the page bundles English and fetches German only when a
 * person reads German (issue 14: smaller first load; rule KB12 in shared/SPEC.md).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { runnerImport, type Plugin } from "vite";

const PREFIX = "virtual:baton-messages/";
const RESOLVED = `\0${PREFIX}`;

interface CatalogueModule {
  readonly CATALOGUE: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The plugin; `root` is the repository root (where `client/` is). */
export function messagesByLanguage(root: string): Plugin {
  const catalogueFile = join(root, "client", "i18n", "catalogue.ts");
  const messagesDir = join(root, "client", "i18n", "messages");
  return {
    name: "baton-messages-by-language",
    resolveId(id) {
      return id.startsWith(PREFIX) ? `${RESOLVED}${id.slice(PREFIX.length)}` : null;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const lang = id.slice(RESOLVED.length);
      for (const file of readdirSync(messagesDir)) this.addWatchFile(join(messagesDir, file));
      this.addWatchFile(catalogueFile);
      const { module } = await runnerImport<CatalogueModule>(catalogueFile, { configFile: false, root, logLevel: "error" });
      const messages = module.CATALOGUE[lang];
      if (!messages) throw new Error(`No messages for the language "${lang}" in ${catalogueFile}.`);
      return `export default ${JSON.stringify(messages)};`;
    },
  };
}
