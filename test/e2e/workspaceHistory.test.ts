/**
 * The workspace's History view in a real Chromium against the real server (H13): an owner
 * names a version, a team is then deleted, and restoring the named version from the view
 * brings the team back on every open page; a viewer sees the versions but cannot restore.
 */
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { usePageServer, type RunningServer } from "./support/mapPage";

const env = usePageServer();

async function open(browser: Browser, server: RunningServer, id: string, key: string, view: string): Promise<Page> {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on("dialog", (d) => void d.accept());
  await page.goto(`${server.url}/w/${id}/${view}#k=${key}`);
  return page;
}

describe("the workspace's History view", () => {
  it("[H13][H10] an owner names a version, a team is deleted, and restoring the version brings it back live; a viewer cannot restore", async () => {
    const res = await fetch(`${env.server.url}/api/workspaces`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ title: "Acme CX" }) });
    const ws = (await res.json()) as { id: string; ownerKey: string; viewKey: string };
    const command = async (commands: unknown[]) => {
      const r = await fetch(`${env.server.url}/api/workspaces/${ws.id}/commands`, { method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${ws.ownerKey}` }, body: JSON.stringify({ commands }) });
      expect(r.status).toBe(200);
    };
    await command([{ type: "addTeam", team: { id: "t1", name: "Billing" } }]);

    const history = await open(env.browser, env.server, ws.id, ws.ownerKey, "history");
    await history.getByRole("heading", { name: "History", level: 2 }).waitFor();
    await history.getByLabel("Name this version").fill("before the reorg");
    await history.getByRole("button", { name: "Name this version" }).click();
    const named = history.locator(".history-version", { hasText: "before the reorg" });
    await expect.poll(() => named.count()).toBe(1);

    await command([{ type: "deleteTeam", id: "t1" }]);
    const directory = await open(env.browser, env.server, ws.id, ws.ownerKey, "directory");
    await expect.poll(() => directory.getByText("Billing").count()).toBe(0);

    await named.getByRole("button", { name: "Restore the workspace to before the reorg" }).click();
    await expect.poll(() => history.locator(".history-note").textContent()).toContain("Restored to before the reorg.");
    await expect.poll(() => directory.getByText("Billing").count(), { timeout: 10_000 }).toBeGreaterThan(0);

    const viewer = await open(env.browser, env.server, ws.id, ws.viewKey, "history");
    await expect.poll(() => viewer.locator(".history-version", { hasText: "before the reorg" }).count()).toBe(1);
    expect(await viewer.getByRole("button", { name: /Restore the workspace/ }).count()).toBe(0);
    expect(await viewer.getByLabel("Name this version").count()).toBe(0);
    for (const p of [history, directory, viewer]) await p.context().close();
  });
});
