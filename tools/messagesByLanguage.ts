/**
 * A Vite plugin that serves the page's message catalogue one language at a time:
 * `import en from "virtual:baton-messages/en"` is that language's merged messages of a map's first
 * screen as a JSON object, nothing else; `virtual:baton-messages/en-later` the rest of them
 * (`client/i18n/messageParts.ts`, KB23). The catalogue itself (`client/i18n/catalogue.ts`, every area with every
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

interface PartsModule {
  splitMessages(messages: Readonly<Record<string, string>>): { first: Record<string, string>; later: Record<string, string> };
}

/** The plugin; `root` is the repository root (where `client/` is). */
export function messagesByLanguage(root: string): Plugin {
  const catalogueFile = join(root, "client", "i18n", "catalogue.ts");
  const messagesDir = join(root, "client", "i18n", "messages");
  const partsFile = join(root, "client", "i18n", "messageParts.ts");
  return {
    name: "baton-messages-by-language",
    resolveId(id) {
      return id.startsWith(PREFIX) ? `${RESOLVED}${id.slice(PREFIX.length)}` : null;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      // `<lang>`: the messages a map's first screen shows; `<lang>-later`: the rest (KB23).
      const [lang = "", part = "first"] = id.slice(RESOLVED.length).split("-");
      for (const file of readdirSync(messagesDir)) this.addWatchFile(join(messagesDir, file));
      this.addWatchFile(catalogueFile);
      this.addWatchFile(partsFile);
      const options = { configFile: false as const, root, logLevel: "error" as const };
      const { module } = await runnerImport<CatalogueModule>(catalogueFile, options);
      const { module: parts } = await runnerImport<PartsModule>(partsFile, options);
      const messages = module.CATALOGUE[lang];
      if (!messages) throw new Error(`No messages for the language "${lang}" in ${catalogueFile}.`);
      if (part !== "first" && part !== "later") throw new Error(`No part "${part}" of the messages (first or later).`);
      return `export default ${JSON.stringify(parts.splitMessages(messages)[part])};`;
    },
  };
}
