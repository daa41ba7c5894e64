/**
 * Accessibility checks with axe-core in the real page: `axeProblems(page)` injects
 * `node_modules/axe-core/axe.min.js` (once per document) and lists every serious or critical
 * violation as a readable line (rule, what it is about, the elements). Tests assert the list is
 * empty, so a failure names what to fix. Any browser test can use it:
 *
 *   expect(await axeProblems(page)).toEqual([]);
 *   expect(await axeProblems(page, { include: ".ws-panel" })).toEqual([]);
 */
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface AxeOptions {
  /** A CSS selector: check only this part of the page (default: the whole document). */
  readonly include?: string;
  /** axe rule ids to leave out, each with a reason in the caller. */
  readonly disableRules?: readonly string[];
  /** The impacts that count (default serious and critical). */
  readonly impacts?: readonly ("minor" | "moderate" | "serious" | "critical")[];
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[];
}

/** The serious and critical axe violations on the page (or in `include`), one line per rule. */
export async function axeProblems(page: Page, opts: AxeOptions = {}): Promise<string[]> {
  if (!(await page.evaluate("typeof window.axe !== 'undefined'"))) await page.addScriptTag({ path: AXE_PATH });
  const impacts = opts.impacts ?? ["serious", "critical"];
  const config = {
    context: opts.include ?? null,
    options: {
      resultTypes: ["violations"],
      rules: Object.fromEntries((opts.disableRules ?? []).map((id) => [id, { enabled: false }])),
    },
  };
  // A string, not a function: tsx would wrap named functions in a helper the page lacks.
  const violations = (await page.evaluate(`(async () => {
    const c = ${JSON.stringify(config)};
    const r = await window.axe.run(c.context ?? document, c.options);
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  })()`)) as AxeViolation[];
  return violations
    .filter((v) => v.impact !== null && (impacts as readonly string[]).includes(v.impact))
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join(" | ")}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : ""}`);
}
