import { describe, expect, it } from "vitest";
import { followTarget, initials, parsePresence, viewRegion } from "../../shared/workshop/presence";
import { commentThreads, openThreadCount } from "../../shared/workshop/threads";
import type { Comment } from "../../shared/schema/comment";

describe("presence", () => {
  it("[W12] a state is a person only with a valid user name; a bot that sets user counts", () => {
    expect(parsePresence(null)).toBeNull();
    expect(parsePresence({})).toBeNull();
    expect(parsePresence({ user: { name: "   " } })).toBeNull();
    expect(parsePresence({ user: { name: 42, color: "#ff0000" } })).toBeNull();
    const bot = parsePresence({ user: { name: "KPI bot", color: "#12AB34" } });
    expect(bot).toMatchObject({ name: "KPI bot", color: "#12ab34", cursor: null, selection: [], view: null, presenting: false });
  });

  it("[W12] invalid fields read as absent, a bad colour falls back to grey", () => {
    const p = parsePresence({
      user: { name: "Eve", color: "red" },
      cursor: { x: "1", y: 2 },
      selection: ["a", 3, "b"],
      view: { x: 1, y: 2, zoom: 0 },
      presenting: "yes",
      stage: "s1",
      followMe: 7,
    });
    expect(p).toEqual({ name: "Eve", color: "#6b7280", cursor: null, selection: ["a", "b"], view: null, presenting: false, stage: null, followMe: null });
    const ok = parsePresence({ user: { name: "Ann", color: "#2f5fd0" }, cursor: { x: 10, y: -4 }, view: { x: 1, y: 2, zoom: 1.5 }, presenting: true, stage: "s2", followMe: "req1" });
    expect(ok).toMatchObject({ cursor: { x: 10, y: -4 }, view: { x: 1, y: 2, zoom: 1.5 }, presenting: true, stage: "s2", followMe: "req1" });
  });

  it("[W12] initials for avatars", () => {
    expect(initials("Anna Berg")).toBe("AB");
    expect(initials("jo")).toBe("j");
    expect(initials("Ümit")).toBe("Ü");
    // Issue 11: brackets and punctuation are not initials.
    expect(initials("Lea (facilitator)")).toBe("L");
    expect(initials("Dr. Omar Haddad")).toBe("DO");
    expect(initials("(bot)")).toBe("?");
    expect(initials("  🙂  ")).toBe("?");
  });

  it("[W13] whoever asked last leads, a declined request is skipped, and a huge client id does not win", () => {
    const requests: [number, string, number][] = [[12, "a", 0], [40, "b", 2], [7, "c", 1]];
    expect(followTarget(requests, new Set())).toBe(40);
    expect(followTarget(requests, new Set(["b"]))).toBe(7);
    expect(followTarget(requests, new Set(["a", "b", "c"]))).toBeNull();
    expect(followTarget([], new Set())).toBeNull();
    // A viewer with client id 2^53 - 1 that asked first does not take over (issue 10, point 5).
    expect(followTarget([[Number.MAX_SAFE_INTEGER, "x", 0], [3, "y", 1]], new Set())).toBe(3);
    // Seen together: the request id decides, the same on every page.
    expect(followTarget([[Number.MAX_SAFE_INTEGER, "a", 4], [3, "b", 4]], new Set())).toBe(3);
  });
});

describe("comment threads", () => {
  const c = (id: string, at: string, extra: Partial<Comment> = {}): Comment => ({ id, cardId: "k", author: "A", text: id, at, ...extra });

  it("[W14] replies join their root's thread, oldest first; other cards are left out", () => {
    const comments = [
      c("r2", "2026-11-21T10:05:00Z", { replyTo: "t1" }),
      c("t1", "2026-11-21T10:00:00Z"),
      c("t2", "2026-11-21T09:00:00Z", { resolved: true }),
      c("r1", "2026-11-21T10:01:00Z", { replyTo: "t1" }),
      c("r3", "2026-11-21T10:02:00Z", { replyTo: "r1" }),
      { ...c("x", "2026-11-21T08:00:00Z"), cardId: "other" },
    ];
    const threads = commentThreads(comments, "k");
    expect(threads.map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([
      ["t2", []],
      ["t1", ["r1", "r3", "r2"]],
    ]);
    expect(openThreadCount(comments, "k")).toBe(1);
  });

  it("[W14] a reply whose comment is missing is its own thread, never hidden", () => {
    const threads = commentThreads([c("r", "2026-11-21T10:00:00Z", { replyTo: "gone" })], "k");
    expect(threads.map((t) => t.root.id)).toEqual(["r"]);
  });
});

describe("following a view", () => {
  it("[W13] a view with its canvas size names the map region a follower fits", () => {
    const p = parsePresence({ user: { name: "Ann", color: "#2f5fd0" }, view: { x: -200, y: 100, zoom: 2, width: 1000, height: 600 } });
    expect(p?.view).toEqual({ x: -200, y: 100, zoom: 2, width: 1000, height: 600 });
    expect(viewRegion(p!.view!)).toEqual({ x: 100, y: -50, width: 500, height: 300 });
    expect(viewRegion({ x: 0, y: 0, zoom: 1 })).toBeNull();
    expect(parsePresence({ user: { name: "Ann" }, view: { x: 0, y: 0, zoom: 1, width: -5, height: 3 } })?.view).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
