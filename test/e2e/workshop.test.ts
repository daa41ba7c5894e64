/**
 * Workshop mode end to end: three people in three browser contexts on one map, against the
 * real server and the built page (set BATON_DIST_DIR to test another build), plus a bot that
 * joins over raw awareness. The steps build on each other: presence, following, a voting
 * round, the timer, comments, presenting, and finally people leaving.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import WebSocket from "ws";
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import { launchBrowser } from "../support/browser";
import { syncUrl } from "../support/server";
import { MESSAGE_AWARENESS } from "../../shared/protocol";
import type { Journey } from "../../shared/schema/journey";
import { card, importJourney, mapUrl, startPageServer, waitForConnected, type CreatedMap, type RunningServer } from "./support/mapPage";
import { exampleJourney } from "../support/example";

const example = exampleJourney();
const TITLE = {
  umlauts: "Umlauts (ä, ö, ü) break in the CSV import",
  creditCard: "Asked for a credit card before seeing the product",
  chat: "Chat closes at 17:00 while invoicing happens after hours",
  encoding: "Detect the file's encoding and preview the first rows",
  search: "Searches for simple invoicing software",
};

interface Person {
  readonly name: string;
  readonly context: BrowserContext;
  readonly page: Page;
}

let server: RunningServer;
let browser: Browser;
let map: CreatedMap;
let maria: Person;
let jonas: Person;
let aiko: Person;

/** Polls `read` until it satisfies `ok` (default: truthy); fails with the last value seen. */
async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean = Boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeout} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

async function open(name: string, identity: { name: string; color: string } | null): Promise<Person> {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
  if (identity) {
    await context.addInitScript((value) => window.localStorage.setItem("baton.workshop.identity", value), JSON.stringify(identity));
  }
  const page = await context.newPage();
  await page.goto(mapUrl(server, map.id, map.editKey));
  await waitForConnected(page);
  await page.getByRole("button", { name: "Fit View" }).click();
  return { name, context, page };
}

const avatarNames = (page: Page) => page.getByTestId("presence-avatar").evaluateAll((els) => els.map((e) => e.getAttribute("data-name")));

/** The canvas viewport's transform: `[x, y, zoom]`. */
async function viewport(page: Page): Promise<[number, number, number]> {
  const t = await page.locator(".react-flow__viewport").evaluate((el) => getComputedStyle(el).transform);
  const m = /matrix\(([^)]+)\)/.exec(t);
  const v = m?.[1]?.split(",").map(Number) ?? [1, 0, 0, 1, 0, 0];
  return [v[4] ?? 0, v[5] ?? 0, v[0] ?? 1];
}

function sameView(a: [number, number, number], b: [number, number, number]): boolean {
  return Math.abs(a[2] - b[2]) / b[2] < 0.03 && Math.abs(a[0] - b[0]) < 12 && Math.abs(a[1] - b[1]) < 12;
}

async function exportedJourney(): Promise<Journey> {
  const res = await fetch(`${server.url}/api/maps/${map.id}/export.json`, { headers: { authorization: `Bearer ${map.viewKey}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as Journey;
}

/** A bot on raw y-protocols awareness, as a script or an integration would join. */
async function joinBot(name: string): Promise<{ close(): void }> {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ user: { name, color: "#5a7a1f" } });
  const ws = new WebSocket(`${syncUrl(server.url)}/${map.id}?k=${encodeURIComponent(map.viewKey)}`);
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(enc, encodeAwarenessUpdate(awareness, [awareness.clientID]));
  ws.send(encoding.toUint8Array(enc));
  return {
    close() {
      awareness.destroy();
      ws.close();
    },
  };
}

describe("workshop mode with three people", () => {
  beforeAll(async () => {
    server = await startPageServer();
    browser = await launchBrowser();
    map = await importJourney(server, example);
    maria = await open("Maria Keller", null);
    jonas = await open("Jonas", { name: "Jonas", color: "#d0442f" });
    aiko = await open("Aiko Tanaka", { name: "Aiko Tanaka", color: "#1f8a5b" });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("[W12] a first visit asks for a name and colour; everyone sees everyone, a bot included", async () => {
    const dialog = maria.page.getByRole("form", { name: "What should others call you?" });
    await dialog.getByLabel("Display name").fill("Maria Keller");
    await dialog.getByLabel("Colour 2", { exact: true }).check();
    await dialog.getByRole("button", { name: "Save name" }).click();
    await dialog.waitFor({ state: "detached" });
    for (const p of [maria, jonas, aiko]) {
      const names = await eventually(() => avatarNames(p.page), (n) => n.length === 3);
      expect(names[0]).toBe(p.name);
      expect([...names].sort()).toEqual(["Aiko Tanaka", "Jonas", "Maria Keller"]);
    }
    const bot = await joinBot("KPI bot");
    await eventually(() => avatarNames(maria.page), (n) => n.includes("KPI bot"));
    bot.close();
    await eventually(() => avatarNames(maria.page), (n) => !n.includes("KPI bot") && n.length === 3, 5_000);
  });

  it("[W12] live cursors land on the same card for everyone, and selections are outlined in the selector's colour", async () => {
    const target = card(jonas.page, TITLE.umlauts);
    const box = await target.boundingBox();
    if (!box) throw new Error("card not visible");
    await jonas.page.mouse.move(box.x + 20, box.y + 20, { steps: 4 });
    const cursor = maria.page.locator('[data-testid="live-cursor"][data-name="Jonas"]');
    await cursor.waitFor();
    const onMaria = await card(maria.page, TITLE.umlauts).boundingBox();
    const at = await eventually(
      () => cursor.boundingBox(),
      (b) => b !== null && onMaria !== null && b.x > onMaria.x && b.x < onMaria.x + onMaria.width && b.y > onMaria.y && b.y < onMaria.y + onMaria.height,
    );
    expect(at).not.toBeNull();
    await target.click({ position: { x: 30, y: 40 } });
    const outline = aiko.page.locator(`[data-testid="peer-selection"][data-name="Jonas"][data-card-id="p2"]`);
    await outline.waitFor();
    expect(await outline.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe("rgb(208, 68, 47)");
    // Moving off the canvas takes the cursor away for the others.
    await jonas.page.mouse.move(5, 5);
    await cursor.waitFor({ state: "detached" });
  });

  it("[W13] following someone moves my view with theirs; my own zoom ends it", async () => {
    await maria.page.getByRole("button", { name: "Follow Jonas" }).click();
    await maria.page.getByText("You are following Jonas").waitFor();
    const canvas = jonas.page.locator(".react-flow__pane");
    const box = await canvas.boundingBox();
    if (!box) throw new Error("no canvas");
    // Jonas starts from "Fit View" (placed as soon as it is clicked, KB22) and zooms in.
    const fitted = await viewport(jonas.page);
    await jonas.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await jonas.page.mouse.wheel(0, -400);
    await jonas.page.mouse.move(box.x + 100, box.y + 100);
    const jonasView = await eventually(async () => {
      const before = await viewport(jonas.page);
      await new Promise((r) => setTimeout(r, 300));
      const after = await viewport(jonas.page);
      return sameView(before, after) ? after : null;
    });
    expect(jonasView![2]).toBeGreaterThan(fitted[2] * 1.3);
    await eventually(async () => sameView(await viewport(maria.page), jonasView!));
    // Maria zooms herself: following ends.
    const mbox = await maria.page.locator(".react-flow__pane").boundingBox();
    await maria.page.mouse.move(mbox!.x + 200, mbox!.y + 200);
    await maria.page.mouse.wheel(0, 300);
    await maria.page.getByText("You are following Jonas").waitFor({ state: "detached" });
    expect(await maria.page.getByRole("button", { name: "Follow Jonas" }).getAttribute("aria-pressed")).toBe("false");
  });

  it("[W13] a facilitator asks everyone to follow; one person steps out and stays put", async () => {
    await maria.page.getByRole("button", { name: "Fit View" }).click();
    await maria.page.getByRole("button", { name: "Everyone follow me" }).click();
    await jonas.page.getByText("You are following Maria Keller").waitFor();
    await aiko.page.getByText("You are following Maria Keller").waitFor();
    // Selecting a card is not panning: Jonas keeps following.
    await card(jonas.page, TITLE.search).click();
    await aiko.page.getByRole("button", { name: "Step out" }).click();
    const aikoBefore = await viewport(aiko.page);
    const mbox = await maria.page.locator(".react-flow__pane").boundingBox();
    await maria.page.mouse.move(mbox!.x + 300, mbox!.y + 300);
    await maria.page.mouse.wheel(0, -300);
    const mariaView = await eventually(async () => {
      const before = await viewport(maria.page);
      await new Promise((r) => setTimeout(r, 300));
      const after = await viewport(maria.page);
      return sameView(before, after) ? after : null;
    });
    await eventually(async () => sameView(await viewport(jonas.page), mariaView!));
    await jonas.page.getByText("You are following Maria Keller").waitFor();
    expect(sameView(await viewport(aiko.page), aikoBefore)).toBe(true);
    await maria.page.getByRole("button", { name: "Release followers" }).click();
    await jonas.page.getByText("You are following Maria Keller").waitFor({ state: "detached" });
    for (const p of [maria, jonas, aiko]) await p.page.getByRole("button", { name: "Fit View" }).click();
  });

  it("[W2][W4][W6][W9][W15] a voting round: budgets hold, tallies stay hidden until reveal, ending adds the totals to the cards' votes", async () => {
    await maria.page.getByRole("button", { name: "Dot voting" }).click();
    const setup = maria.page.getByRole("form", { name: "Start a dot-voting round" });
    await setup.getByLabel("Pain points", { exact: true }).check();
    await setup.getByLabel("Dots per person").fill("3");
    await setup.getByRole("button", { name: "Start voting" }).click();
    for (const p of [maria, jonas, aiko]) await p.page.getByText("3 of 3 dots left").waitFor();
    // [W1] only pain points take dots in this round.
    expect(await maria.page.getByRole("button", { name: `Add a dot to ${TITLE.encoding}` }).count()).toBe(0);

    const add = (p: Person, title: string) => p.page.getByRole("button", { name: `Add a dot to ${title}` }).click();
    for (let i = 0; i < 3; i++) await add(jonas, TITLE.umlauts);
    await jonas.page.getByText("0 of 3 dots left").waitFor();
    expect(await jonas.page.getByRole("button", { name: `Add a dot to ${TITLE.creditCard}` }).count()).toBe(0);
    await add(aiko, TITLE.umlauts);
    await add(aiko, TITLE.creditCard);
    await add(aiko, TITLE.creditCard);
    await aiko.page.getByRole("button", { name: `Take a dot back from ${TITLE.creditCard}` }).click();
    await aiko.page.getByText("1 of 3 dots left").waitFor();
    await add(maria, TITLE.creditCard);
    // [W4] hidden: nobody sees a tally while the round is open.
    expect(await maria.page.getByTestId("tally").count()).toBe(0);

    // A viewer sees that voting is open but cannot vote.
    const viewer = await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } });
    const viewerPage = await viewer.newPage();
    await viewerPage.goto(mapUrl(server, map.id, map.viewKey));
    await waitForConnected(viewerPage);
    await viewerPage.getByText("Voting is open").waitFor();
    expect(await viewerPage.getByRole("button", { name: /^Add a dot to/ }).count()).toBe(0);
    expect(await viewerPage.getByRole("button", { name: "Reveal" }).count()).toBe(0);
    await viewer.close();
    // [W15] Maria started the round, so she runs it: Jonas sees who does, and no Reveal.
    await jonas.page.getByText("Run by Maria Keller").waitFor();
    expect(await jonas.page.getByRole("button", { name: "Reveal" }).count()).toBe(0);

    // [W9] a late joiner (or a reload) gets the running round and keeps their own dots.
    await aiko.page.reload();
    await waitForConnected(aiko.page);
    await aiko.page.getByText("1 of 3 dots left").waitFor();

    await maria.page.getByRole("button", { name: "Reveal" }).click();
    const tally = (p: Person, title: string) => card(p.page, title).getByTestId("tally").getAttribute("data-count");
    await eventually(() => tally(jonas, TITLE.umlauts), (n) => n === "4");
    expect(await tally(jonas, TITLE.creditCard)).toBe("2");
    // [W5] revealed: voting is closed.
    expect(await aiko.page.getByRole("button", { name: `Add a dot to ${TITLE.chat}` }).count()).toBe(0);

    await maria.page.getByRole("button", { name: "End round" }).click();
    for (const p of [maria, jonas, aiko]) await p.page.getByTestId("dots-left").waitFor({ state: "detached" });
    const votes = await eventually(async () => Object.fromEntries((await exportedJourney()).cards.map((c) => [c.id, c.votes])), (v) => v.p2 === 15);
    expect(votes).toMatchObject({ p1: 9, p2: 15, p3: 4 });
    // [W9] votes never enter undo history: the facilitator has nothing to undo.
    expect(await maria.page.getByRole("button", { name: "Undo" }).isDisabled()).toBe(true);
  });

  it("[W10][W11][W16] the timer shows the same time everywhere within a second, is run by who started it, pauses for all and survives a reload", async () => {
    await maria.page.getByLabel("Timer length").selectOption("2");
    await maria.page.getByRole("button", { name: "Start timer" }).click();
    const endsAt = (p: Person) =>
      p.page.getByTestId("workshop-timer").evaluate((el) => Date.now() + Number(el.getAttribute("data-remaining-ms")));
    // W16: Maria started it, so she runs it; the others may take over, not pause it.
    for (const p of [jonas, aiko]) await p.page.getByRole("button", { name: "Take over the timer" }).waitFor();
    expect(await jonas.page.getByRole("button", { name: "Pause timer" }).count()).toBe(0);
    const ends = await Promise.all([maria, jonas, aiko].map(endsAt));
    expect(Math.max(...ends) - Math.min(...ends)).toBeLessThan(1000);
    const remaining = (p: Person) => p.page.getByTestId("workshop-timer").getAttribute("data-remaining-ms").then(Number);
    const first = await remaining(aiko);
    expect(first).toBeGreaterThan(100_000);
    expect(first).toBeLessThanOrEqual(120_000);

    await jonas.page.getByRole("button", { name: "Take over the timer" }).click();
    await jonas.page.getByRole("button", { name: "Pause timer" }).click();
    await jonas.page.getByRole("button", { name: "Resume timer" }).waitFor();
    await maria.page.getByRole("button", { name: "Take over the timer" }).waitFor();
    await expect.poll(() => aiko.page.getByTestId("workshop-timer").getAttribute("aria-label")).toContain("paused");
    const paused = await Promise.all([maria, jonas, aiko].map(remaining));
    expect(new Set(paused).size).toBe(1);
    await aiko.page.reload();
    await waitForConnected(aiko.page);
    await aiko.page.getByRole("button", { name: "Take over the timer" }).waitFor();
    expect(await remaining(aiko)).toBe(paused[0]);

    await jonas.page.getByRole("button", { name: "Reset timer" }).click();
    await maria.page.getByRole("button", { name: "Start timer" }).waitFor();
    expect(await maria.page.getByTestId("workshop-timer").textContent()).toBe("2:00");
  });

  it("[W14][F35] comments travel both ways: write, reply, resolve, reopen, with the display name as author", async () => {
    await aiko.page.getByRole("button", { name: "Fit View" }).click();
    await card(jonas.page, TITLE.search).hover();
    await jonas.page.getByRole("button", { name: `Comments: 0 on ${TITLE.search}` }).click();
    const jonasThread = jonas.page.getByRole("dialog", { name: `Comments on ${TITLE.search}` });
    await jonasThread.getByLabel("Write a comment").fill("Which search terms bring people here?");
    await jonasThread.getByRole("button", { name: "Post" }).click();

    await maria.page.getByRole("button", { name: `Comments: 1 on ${TITLE.search}` }).click();
    const mariaThread = maria.page.getByRole("dialog", { name: `Comments on ${TITLE.search}` });
    await mariaThread.getByText("Which search terms bring people here?").waitFor();
    await mariaThread.getByRole("button", { name: "Reply" }).click();
    await mariaThread.getByRole("textbox", { name: "Reply" }).fill("Mostly \"invoice app for freelancers\".");
    await mariaThread.getByRole("button", { name: "Post" }).first().click();
    await jonasThread.getByText("Mostly \"invoice app for freelancers\".").waitFor();

    await jonasThread.getByRole("button", { name: "Resolve" }).click();
    await mariaThread.getByRole("button", { name: "Reopen" }).waitFor();
    await mariaThread.getByRole("button", { name: "Reopen" }).click();
    await jonasThread.getByRole("button", { name: "Resolve" }).waitFor();

    const comments = await eventually(async () => (await exportedJourney()).comments?.filter((c) => c.cardId === "a1") ?? [], (c) => c.length === 2);
    const root = comments.find((c) => c.replyTo === undefined);
    expect(root).toMatchObject({ author: "Jonas", text: "Which search terms bring people here?" });
    expect(root?.resolved).toBeUndefined();
    expect(comments.find((c) => c.replyTo === root?.id)).toMatchObject({ author: "Maria Keller" });
    await jonas.page.keyboard.press("Escape");
    await maria.page.keyboard.press("Escape");
  });

  it("[W13] presenting walks the stages with the arrow keys, hides editing controls, and followers see the stage", async () => {
    await maria.page.getByRole("button", { name: "Present" }).click();
    const bar = maria.page.getByRole("toolbar", { name: "Presentation" });
    await bar.getByText("Stage 1 of 5: Awareness").waitFor();
    expect(await maria.page.getByRole("button", { name: "Add stage" }).count()).toBe(0);
    await maria.page.keyboard.press("ArrowRight");
    await bar.getByText("Stage 2 of 5: Trial sign-up").waitFor();
    await jonas.page.getByText("Maria Keller is presenting stage 2 of 5: Trial sign-up").waitFor();
    await jonas.page.locator('[data-testid="stage-spotlight"][data-stage-id="trial"]').waitFor();
    await aiko.page.locator('[data-testid="stage-spotlight"][data-stage-id="trial"]').waitFor();
    await maria.page.keyboard.press("ArrowLeft");
    await jonas.page.getByText("Maria Keller is presenting stage 1 of 5: Awareness").waitFor();
    await maria.page.getByRole("button", { name: "Stop presenting" }).first().click();
    await jonas.page.getByText(/Maria Keller is presenting/).waitFor({ state: "detached" });
    await maria.page.getByRole("button", { name: "Add stage" }).first().waitFor();
  });

  it("[W12] someone who leaves disappears for the others within seconds", async () => {
    await aiko.page.mouse.move(700, 500);
    await maria.page.locator('[data-testid="live-cursor"][data-name="Aiko Tanaka"]').waitFor();
    await aiko.context.close();
    await eventually(() => avatarNames(maria.page), (n) => n.length === 2 && !n.includes("Aiko Tanaka"), 5_000);
    await maria.page.locator('[data-testid="live-cursor"][data-name="Aiko Tanaka"]').waitFor({ state: "detached", timeout: 5_000 });
    expect(await avatarNames(jonas.page)).toEqual(["Jonas", "Maria Keller"]);
  });
});
