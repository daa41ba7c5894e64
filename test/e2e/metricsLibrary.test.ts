/**
 * The workspace's metrics library in a real Chromium against the real server (MT1-MT3): an
 * owner adds a series, sets a point by hand, uploads a CSV (a bad file is refused whole with
 * its rows named), creates a feed key that a script then uses, and revokes it; a viewer sees
 * the library read-only. axe finds nothing serious.
 */
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeProblems } from "./support/axe";
import { usePageServer, type RunningServer } from "./support/mapPage";

const env = usePageServer();
const TODAY = "2026-11-20";

async function createWorkspace(server: RunningServer): Promise<{ id: string; ownerKey: string; viewKey: string }> {
  const res = await fetch(`${server.url}/api/workspaces`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ title: "Acme CX" }) });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; ownerKey: string; viewKey: string };
}

async function open(browser: Browser, server: RunningServer, id: string, key: string): Promise<Page> {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on("dialog", (d) => void d.accept());
  await page.goto(`${server.url}/w/${id}/metrics?today=${TODAY}#k=${key}`);
  await page.getByRole("heading", { name: "Metrics", level: 2 }).waitFor();
  return page;
}

describe("the metrics library", () => {
  it("[MT1][MT2][MT3] an owner adds a series, sets points by hand and by CSV, and a feed key posts until it is revoked", async () => {
    const ws = await createWorkspace(env.server);
    const page = await open(env.browser, env.server, ws.id, ws.ownerKey);
    const add = page.getByRole("form", { name: "Add series" });
    await add.getByLabel("Kind").selectOption("CSAT");
    await add.getByLabel("Name").fill("Onboarding CSAT");
    await add.getByLabel("Target").fill("85");
    await add.getByRole("button", { name: "Add series" }).click();
    const series = page.locator(".mt-series", { hasText: "Onboarding CSAT" });
    await expect.poll(() => series.count()).toBe(1);
    await expect.poll(() => series.textContent()).toContain("No points yet");

    // A point by hand: the latest value and its status (below target: off).
    await series.getByRole("button", { name: "Edit" }).click();
    const byHand = series.getByRole("form", { name: "Add a point to Onboarding CSAT" });
    await byHand.getByLabel("Date").fill("2026-11-18");
    await byHand.getByLabel("Value").fill("71");
    await byHand.getByRole("button", { name: "Save point" }).click();
    await expect.poll(() => series.locator(".chip-metric").textContent()).toContain("71");
    await expect.poll(() => series.locator(".chip-metric").getAttribute("class")).toContain("metric-red");

    // A bad CSV is refused whole, naming the row; a good one is stored and becomes the latest.
    const upload = series.getByLabel("Upload CSV");
    await upload.setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("date,value\n2026-11-19,80\n2026-02-30,81\n") });
    await expect.poll(() => series.getByRole("alert").textContent()).toContain("nothing was stored");
    await expect.poll(() => series.getByRole("alert").textContent()).toContain("2026-02-30");
    await upload.setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from("date,value\n2026-11-19,80\n2026-11-20,88\n") });
    await expect.poll(() => series.getByRole("status").textContent()).toContain("2 points stored in Onboarding CSAT.");
    await expect.poll(() => series.locator(".chip-metric").textContent()).toContain("88");
    await expect.poll(() => series.locator(".chip-metric").getAttribute("class")).toContain("metric-green");
    await expect.poll(() => series.textContent()).toContain("3 points");

    // The owner creates a feed key, shown once with a curl example; a script posts with it.
    const feed = page.getByRole("region", { name: "Feed keys" });
    await feed.getByLabel("What the key is for").fill("Qualtrics");
    await feed.getByRole("button", { name: "Create feed key" }).click();
    const key = (await feed.locator(".mt-feed-key").textContent()) ?? "";
    expect(key.length).toBeGreaterThan(20);
    expect(await feed.locator(".mt-feed-curl").textContent()).toContain(`Bearer ${key}`);
    const seriesId = await page.evaluate(() => document.querySelector(".mt-series-body")?.id.replace(/^series-/, "") ?? "");
    const post = (on: string, value: number) =>
      fetch(`${env.server.url}/api/workspaces/${ws.id}/metrics/${seriesId}/points`, { method: "POST", headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" }, body: JSON.stringify([{ on, value }]) });
    expect((await post("2026-11-20", 90)).status).toBe(200);
    await expect.poll(() => series.locator(".chip-metric").textContent()).toContain("90");
    expect(await axeProblems(page)).toEqual([]);

    await feed.getByRole("listitem").filter({ hasText: "Qualtrics" }).getByRole("button", { name: "Revoke" }).click();
    await expect.poll(() => feed.textContent()).toContain("No feed keys.");
    expect((await post("2026-11-20", 10)).status).toBe(401);
    await page.context().close();

    // A viewer sees the library read-only: no forms, no feed keys.
    const viewer = await open(env.browser, env.server, ws.id, ws.viewKey);
    const seen = viewer.locator(".mt-series", { hasText: "Onboarding CSAT" });
    await expect.poll(() => seen.locator(".chip-metric").textContent()).toContain("90");
    expect(await viewer.getByRole("form", { name: "Add series" }).count()).toBe(0);
    expect(await viewer.getByRole("region", { name: "Feed keys" }).count()).toBe(0);
    await seen.getByRole("button", { name: "Show points" }).click();
    // The points load when shown (WK7): wait for them, then check the viewer got no upload.
    await expect.poll(() => seen.locator("tbody tr").count()).toBe(3);
    expect(await seen.getByLabel("Upload CSV").count()).toBe(0);
    await viewer.context().close();
  });
});
