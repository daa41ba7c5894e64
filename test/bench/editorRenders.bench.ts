/**
 * Re-renders per remote title edit (issue 14): a 1,000-card map is open in headless Chromium;
 * a second person (the stock y-websocket client in Node) renames one card on screen, and the
 * page counts the React commits that follow and the components rendered in them.
 *
 * Counting needs no app code: like React DevTools, the bench installs
 * `__REACT_DEVTOOLS_GLOBAL_HOOK__` before the page loads. React (production builds too) hands
 * it every committed fiber tree; a component rendered in that commit carries React's
 * `PerformedWork` flag, and a subtree React did not touch keeps its old child fibers (skipped,
 * as DevTools' `didFiberRender` does). Component names are minified in the page build, so the
 * report gives counts (BATON_RENDER_NAMES=1 with a `--minify false` build also prints which
 * components rendered in each edit).
 *
 * Reported, never asserted. `npm run bench -- editorRenders`.
 */
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import WebSocket from "ws";
import { applyCommands } from "../../shared/commands/applyCommands";
import { launchBrowser } from "../support/browser";
import { makeBigJourney } from "../support/bigJourney";
import { importMap, startServer, syncUrl } from "../support/server";
import { mapUrl, waitForConnected } from "../e2e/support/mapPage";
import { buildPage } from "./buildPage";

const EDITS = 5;

/** Installed before any page script: counts commits and rendered components (see module comment). */
const HOOK = `(() => {
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const PERFORMED_WORK = 1;
  window.__renders = { commits: 0, components: 0, names: {} };
  const nameOf = (f) => { const t = f.elementType ?? f.type; return (t && (t.displayName || t.name || (t.type && (t.type.displayName || t.type.name)) || (t.render && t.render.name))) || "?"; };
  const count = (fiber) => {
    let n = 0;
    const stack = [fiber];
    while (stack.length) {
      const f = stack.pop();
      const prev = f.alternate;
      if (COMPONENT_TAGS.has(f.tag) && (prev === null || (f.flags & PERFORMED_WORK) === PERFORMED_WORK)) {
        n++;
        const name = nameOf(f);
        window.__renders.names[name] = (window.__renders.names[name] ?? 0) + 1;
      }
      // A child list React did not touch in this commit holds fibers of an earlier render.
      if (prev !== null && f.child === prev.child) { if (f.sibling) stack.push(f.sibling); continue; }
      if (f.sibling) stack.push(f.sibling);
      if (f.child) stack.push(f.child);
    }
    return n;
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(r) { const id = this.renderers.size + 1; this.renderers.set(id, r); return id; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      window.__renders.commits++;
      const top = root.current.child;
      if (top) window.__renders.components += count(top);
    },
  };
})()`;

interface Sample {
  readonly commits: number;
  readonly components: number;
  /** Rendered components by name (readable in a build made with --minify false). */
  readonly names: Record<string, number>;
}

export default async function editorRendersBench(): Promise<void> {
  const build = buildPage();
  const server = await startServer({ distDir: build.dir });
  const browser = await launchBrowser();
  const doc = new Y.Doc();
  let provider: WebsocketProvider | null = null;
  try {
    const journey = makeBigJourney({ cards: 1000, seed: 2 });
    const map = await importMap(server.url, journey);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
    await context.addInitScript(HOOK);
    const page = await context.newPage();
    await page.goto(mapUrl(server, map.id, map.editKey));
    await waitForConnected(page, 60_000);
    await page.locator(".react-flow__node-card").nth(2).waitFor();
    // Let the first renders (badges, deferred work) settle.
    await page.waitForTimeout(1500);

    provider = new WebsocketProvider(syncUrl(server.url), map.id, doc, {
      params: { k: map.editKey },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    await new Promise<void>((resolve) => provider?.on("sync", (s: boolean) => s && resolve()));

    const onScreen = (await page.locator(".react-flow__node-card [data-card-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-card-id")))) as string[];
    const samples: Sample[] = [];
    for (let i = 0; i < EDITS; i++) {
      const id = onScreen[(i * 3) % onScreen.length] ?? journey.cards[0]?.id ?? "";
      const title = `Renamed remotely ${i}`;
      await page.evaluate(`window.__renders = { commits: 0, components: 0, names: {} }`);
      applyCommands(doc, [{ type: "updateCard", id, patch: { title } }], "remote");
      await page.locator(`[data-card-id="${id}"]`, { hasText: title }).waitFor({ timeout: 20_000 });
      // Whatever follows the edit (deferred renders, effects) within a second belongs to it.
      await page.waitForTimeout(1000);
      samples.push((await page.evaluate("window.__renders")) as Sample);
    }
    await context.close();
    if (process.env.BATON_RENDER_NAMES) for (const s of samples) console.log(JSON.stringify(s.names));
    const median = (k: "commits" | "components") => [...samples].map((s) => s[k]).sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? NaN;
    console.log(`| measure (1,000 cards, ${onScreen.length} on screen) | median of ${EDITS} |`);
    console.log("|---|---|");
    console.log(`| React commits per remote title edit | ${median("commits")} |`);
    console.log(`| components rendered per remote title edit | ${median("components")} |`);
    const counts = samples.map((s) => s.components);
    console.log(`| components rendered, fewest and most of the ${EDITS} | ${Math.min(...counts)}, ${Math.max(...counts)} |`);
  } finally {
    provider?.destroy();
    doc.destroy();
    await browser.close();
    await server.stop();
    build.cleanup();
  }
}
