/**
 * `npm run soak`: the whole hostile battery of issue 10 against the real server, printing one
 * table of attempts, failures and data lost: the project's published reliability figures
 * (README). Seeded (`BATON_SEED`); `SOAK_SCALE=0.1` runs a tenth of everything; battery names
 * as arguments (kill, frames, viewers, crowds, spoofs, offline, joiners) run only those.
 *
 * - kill -9 rounds: writers burst, the server is killed mid-burst and restarted; every edit an
 *   observer had received must be stored.
 * - hostile frames: the seeded corpus (malformed, mutated, deep values, fresh-id floods, spoofed
 *   ids, parked states) from editor and viewer sockets while honest clients edit and stay present.
 * - viewer writes: a viewer's stock client edits; none of it may be stored.
 * - crowd joins: 60 stock clients join at once, plus a latecomer; nobody may be closed.
 * - spoof attempts: a viewer overwrites or removes an honest client's presence.
 * - offline bursts: a client edits offline past 2 MiB, then reconnects; everything stored.
 * - never-reading joiners: joiners that never read while states change; the server must answer.
 */
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { createMap, startServer, type RunningServer } from "../support/server";
import { connectClient, eventually, rng, type TestClient } from "../integration/helpers/clients";
import { joinCrowd } from "../integration/helpers/crowd";
import { openRaw, type RawSocket } from "../integration/helpers/raw";
import { frameCorpus } from "../integration/helpers/corpus";
import { parkedStateFrame, spoofFrame } from "../integration/helpers/hostileFrames";

const SCALE = Number(process.env.SOAK_SCALE ?? 1);
const SEED = Number(process.env.BATON_SEED ?? Date.now() % 100_000);
const n = (full: number): number => Math.max(1, Math.round(full * SCALE));

interface Row {
  battery: string;
  attempts: number;
  failures: number;
  lost: number;
  note: string;
}
const rows: Row[] = [];
/** Each battery's row is printed as it ends too, so a long run shows its progress. */
const record = (row: Row): void => {
  rows.push(row);
  console.log(`done: ${row.battery}: ${row.attempts} attempts, ${row.failures} failures, ${row.lost} lost`);
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const nameOf = (c: TestClient, id: number): string | undefined => (c.provider.awareness.getStates().get(id) as { user?: { name?: string } } | undefined)?.user?.name;
const healthy = async (s: RunningServer): Promise<boolean> => (await fetch(`${s.url}/healthz`).catch(() => null))?.status === 200;

async function killRounds(rounds: number): Promise<void> {
  const random = rng(SEED);
  const server = await startServer();
  let seen = 0;
  let lost = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      const map = await createMap(server.url);
      const writers = [0, 1, 2].map(() => connectClient(server.url, map.id, map.editKey));
      const observer = connectClient(server.url, map.id, map.viewKey);
      await Promise.all([...writers, observer].map((c) => c.synced));
      let k = 0;
      const burst = setInterval(() => writers.forEach((w) => w.doc.transact(() => { for (let i = 0; i < 5; i++) w.doc.getMap("cards").set(`k${k++}`, Math.floor(random() * 1000)); })), 2);
      const killAt = 200 + Math.floor(random() * 1200);
      await eventually(() => observer.doc.getMap("cards").size >= killAt, "observer received part of the burst", 30_000);
      await server.kill();
      clearInterval(burst);
      await pause(30);
      const received = observer.doc.getMap("cards").toJSON() as Record<string, number>;
      [...writers, observer].forEach((c) => c.destroy());
      await server.restart();
      const check = connectClient(server.url, map.id, map.viewKey);
      await check.synced;
      const stored = check.doc.getMap("cards");
      seen += Object.keys(received).length;
      lost += Object.entries(received).filter(([key, v]) => stored.get(key) !== v).length;
      check.destroy();
    }
  } finally {
    await server.stop();
  }
  record({ battery: `kill -9 rounds (${rounds})`, attempts: seen, failures: lost, lost, note: "edits an observer had received before the kill" });
}

async function hostileFrames(count: number): Promise<void> {
  const server = await startServer({ env: { BATON_CONNECT_LIMIT: "1000000" } });
  try {
    const map = await createMap(server.url);
    const honest = [0, 1].map(() => connectClient(server.url, map.id, map.editKey));
    await Promise.all(honest.map((c) => c.synced));
    honest.forEach((c, i) => c.provider.awareness.setLocalStateField("user", { name: `Honest ${i}`, color: "#123456" }));
    const frames = frameCorpus(rng(SEED), count, honest.map((c) => c.doc.clientID));
    let edits = 0;
    // Two people typing steadily (10 edits a second each) while the frames arrive: at full scale
    // the battery runs long enough that a faster pace would make the honest map itself the load.
    const editing = setInterval(() => {
      honest.forEach((c, i) => c.doc.getMap("cards").set(`h${i}-${edits}`, edits));
      edits++;
    }, 100);
    let next = 0;
    let closes = 0;
    const worker = async (key: string): Promise<void> => {
      let raw: RawSocket = await openRaw(server.url, `/sync/${map.id}?k=${key}`);
      while (next < frames.length) {
        // One frame, then a round trip (sync step 1): its answer proves the frame was handled.
        // The step 1 carries an honest client's state vector, so the answer is the few updates
        // it lacks, not the whole map (an empty one made every probe resend the growing map,
        // which is what kept the full-scale run from finishing).
        const batch = frames.slice(next, next + 1);
        next += batch.length;
        for (const f of batch) raw.send(f);
        const alive = await new Promise<boolean>((resolve) => {
          if (raw.ws.readyState !== raw.ws.OPEN) return resolve(false);
          const onClose = (): void => resolve(false);
          raw.ws.once("close", onClose);
          const probe = encoding.createEncoder();
          encoding.writeVarUint(probe, 0);
          syncProtocol.writeSyncStep1(probe, (honest[0] as TestClient).doc);
          raw.ws.send(encoding.toUint8Array(probe), () => undefined);
          const onMessage = (d: Buffer): void => {
            if (d[0] === 0 && d[1] === 1) {
              raw.ws.off("message", onMessage);
              raw.ws.off("close", onClose);
              resolve(true);
            }
          };
          raw.ws.on("message", onMessage);
        });
        if (!alive) {
          closes++;
          raw = await openRaw(server.url, `/sync/${map.id}?k=${key}`);
        }
      }
      raw.ws.close();
    };
    await Promise.all([...Array<string>(6).fill(map.editKey), ...Array<string>(3).fill(map.viewKey)].map(worker));
    clearInterval(editing);
    const last = edits - 1;
    await eventually(() => honest.every((c) => c.doc.getMap("cards").has(`h0-${last}`) && c.doc.getMap("cards").has(`h1-${last}`)), "honest clients converge", 60_000);
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    let lost = 0;
    for (let i = 0; i < edits; i++) for (const h of [0, 1]) if (check.doc.getMap("cards").get(`h${h}-${i}`) !== i) lost++;
    const presenceLost = honest.filter((c, i) => honest.some((o) => nameOf(o, c.doc.clientID) !== `Honest ${i}`)).length;
    const disconnected = honest.filter((c) => !c.provider.wsconnected).length;
    const failures = lost + presenceLost + disconnected + ((await healthy(server)) ? 0 : 1);
    [...honest, check].forEach((c) => c.destroy());
    record({ battery: "hostile frames (seeded corpus, 9 sockets)", attempts: count, failures, lost, note: `${closes} sockets closed by the server; ${edits * 2} honest edits meanwhile` });
  } finally {
    await server.stop();
  }
}

async function viewerWrites(count: number): Promise<void> {
  const server = await startServer();
  try {
    const map = await createMap(server.url);
    const viewer = connectClient(server.url, map.id, map.viewKey);
    await viewer.synced;
    for (let i = 0; i < count; i++) viewer.doc.getMap("cards").set(`v${i}`, i);
    const editor = connectClient(server.url, map.id, map.editKey);
    await editor.synced;
    editor.doc.getMap("cards").set("marker", 1);
    await eventually(() => viewer.doc.getMap("cards").get("marker") === 1, "the viewer's socket is past its writes", 30_000);
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    const stored = [...check.doc.getMap("cards").keys()].filter((k) => k.startsWith("v")).length;
    [viewer, editor, check].forEach((c) => c.destroy());
    record({ battery: "viewer writes", attempts: count, failures: stored, lost: 0, note: "a failure is a viewer's write that was stored" });
  } finally {
    await server.stop();
  }
}

async function crowdJoins(rounds: number): Promise<void> {
  const server = await startServer({ env: { BATON_CONNECT_LIMIT: "1000000" } });
  let attempts = 0;
  let failures = 0;
  let lost = 0;
  try {
    for (let r = 0; r < rounds; r++) {
      const map = await createMap(server.url);
      const { clients: crowd, editors, closes } = joinCrowd(server.url, map, 61, "P");
      attempts += crowd.length;
      await Promise.all(crowd.map((c) => c.synced));
      await eventually(() => crowd.every((c) => c.provider.awareness.getStates().size === 61), "everyone sees everyone", 60_000).catch(() => undefined);
      failures += crowd.filter((c) => c.provider.awareness.getStates().size !== 61).length + closes.length;
      editors.forEach((c, i) => c.doc.getMap("cards").set(`e${i}`, i));
      const check = connectClient(server.url, map.id, map.viewKey);
      await check.synced;
      await eventually(() => check.doc.getMap("cards").size === editors.length, "every edit stored", 30_000).catch(() => undefined);
      lost += editors.length - check.doc.getMap("cards").size;
      [...crowd, check].forEach((c) => c.destroy());
    }
  } finally {
    await server.stop();
  }
  record({ battery: `crowd joins (${rounds} x 61 at once)`, attempts, failures, lost, note: "a failure is a client closed or not seeing all 61" });
}

async function spoofs(count: number): Promise<void> {
  const server = await startServer({ env: { BATON_CONNECT_LIMIT: "1000000" } });
  try {
    const map = await createMap(server.url);
    const victim = connectClient(server.url, map.id, map.editKey);
    const watcher = connectClient(server.url, map.id, map.viewKey);
    victim.provider.awareness.setLocalStateField("user", { name: "Victim", color: "#111111" });
    await Promise.all([victim.synced, watcher.synced]);
    await eventually(() => nameOf(watcher, victim.doc.clientID) === "Victim", "watcher sees the victim");
    let failures = 0;
    for (let done = 0; done < count; ) {
      const spoofer = await openRaw(server.url, `/sync/${map.id}?k=${map.viewKey}`);
      for (let i = 0; i < 100 && done < count; i++, done++) {
        spoofer.send(spoofFrame(victim.doc.clientID, i % 2 === 0 ? null : { user: { name: "Pwned", color: "#ff0000" } }, 1_000 + done));
      }
      spoofer.ws.close();
      await spoofer.closed;
      if (nameOf(watcher, victim.doc.clientID) !== "Victim") failures++;
    }
    await pause(200);
    if (nameOf(watcher, victim.doc.clientID) !== "Victim" || nameOf(victim, victim.doc.clientID) !== "Victim") failures++;
    victim.destroy();
    watcher.destroy();
    record({ battery: "spoof attempts (overwrite / remove)", attempts: count, failures, lost: 0, note: "a failure is the victim's presence changed or gone" });
  } finally {
    await server.stop();
  }
}

async function offlineBursts(rounds: number): Promise<void> {
  const server = await startServer();
  let attempts = 0;
  let lost = 0;
  let loops = 0;
  try {
    for (let r = 0; r < rounds; r++) {
      const map = await createMap(server.url);
      const client = connectClient(server.url, map.id, map.editKey);
      await client.synced;
      let opens = 0;
      client.provider.on("status", ({ status }: { status: string }) => {
        if (status === "connected") opens++;
      });
      client.provider.disconnect();
      client.doc.transact(() => {
        for (let i = 0; i < 2500; i++) client.doc.getMap("cards").set(`o${i}`, `${i} ${"o".repeat(1000)}`);
      });
      client.provider.connect();
      attempts += 2500;
      const check = connectClient(server.url, map.id, map.viewKey);
      await check.synced;
      await eventually(() => check.doc.getMap("cards").size === 2500, "offline burst stored", 60_000).catch(() => undefined);
      lost += 2500 - check.doc.getMap("cards").size;
      if (opens !== 1) loops++;
      client.destroy();
      check.destroy();
    }
  } finally {
    await server.stop();
  }
  record({ battery: `offline bursts (${rounds} x 2,500 edits, 2.5 MB)`, attempts, failures: lost + loops, lost, note: "a failure is an edit not stored or a reconnect loop" });
}

async function neverReading(joiners: number): Promise<void> {
  const server = await startServer({ env: { BATON_CONNECT_LIMIT: "1000000" } });
  try {
    const map = await createMap(server.url);
    const parker = await openRaw(server.url, `/sync/${map.id}?k=${map.viewKey}`);
    for (let k = 0; k < 8; k++) parker.send(parkedStateFrame(9_000_000 + k, 60 * 1024));
    const stuck: RawSocket[] = [];
    let failures = 0;
    for (let j = 0; j < joiners; j++) {
      const raw = await openRaw(server.url, `/sync/${map.id}?k=${map.viewKey}`);
      (raw.ws as unknown as { _socket: { pause(): void } })._socket.pause();
      stuck.push(raw);
      if (j % 50 === 49) parker.send(parkedStateFrame(9_000_000, 60 * 1024 - j));
    }
    if (!(await healthy(server))) failures++;
    const honest = connectClient(server.url, map.id, map.editKey);
    await honest.synced;
    honest.doc.getMap("cards").set("ok", 1);
    const check = connectClient(server.url, map.id, map.viewKey);
    await check.synced;
    await eventually(() => check.doc.getMap("cards").get("ok") === 1, "an honest edit still goes through", 30_000).catch(() => failures++);
    [honest, check].forEach((c) => c.destroy());
    stuck.forEach((r) => r.ws.terminate());
    parker.ws.close();
    record({ battery: "never-reading joiners (480 KB parked)", attempts: joiners, failures, lost: 0, note: "a failure is the server not answering" });
  } finally {
    await server.stop();
  }
}

console.log(`soak seed ${SEED}, scale ${SCALE}`);
const started = Date.now();
/** The batteries in order; `npm run soak -- frames spoofs` runs only those whose name is given. */
const BATTERIES: readonly (readonly [name: string, run: () => Promise<void>])[] = [
  ["kill", () => killRounds(n(40))],
  ["frames", () => hostileFrames(n(100_000))],
  ["viewers", () => viewerWrites(n(10_000))],
  ["crowds", () => crowdJoins(n(10))],
  ["spoofs", () => spoofs(n(10_000))],
  ["offline", () => offlineBursts(n(5))],
  ["joiners", () => neverReading(n(550))],
];
const chosen = process.argv.slice(2);
for (const [name, run] of BATTERIES) if (chosen.length === 0 || chosen.includes(name)) await run();
console.log(`\n| battery | attempts | failures | data lost | counted |`);
console.log("|---|---:|---:|---:|---|");
for (const r of rows) console.log(`| ${r.battery} | ${r.attempts.toLocaleString("en")} | ${r.failures} | ${r.lost} | ${r.note} |`);
console.log(`\nseed ${SEED}, ${((Date.now() - started) / 60_000).toFixed(1)} min`);
process.exit(0);
