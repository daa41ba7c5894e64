import { describe, expect, it } from "vitest";
import { SocketGate, type AfterFrame } from "../../client/workspace/SocketGate";

/** A gate whose frames are drawn by the test (`frame()` runs what waits for the next frame). */
function gate() {
  const waiting: (() => void)[] = [];
  const afterFrame: AfterFrame = (run) => {
    waiting.push(run);
    return () => {
      const i = waiting.indexOf(run);
      if (i >= 0) waiting.splice(i, 1);
    };
  };
  let opens = 0;
  const g = new SocketGate(() => opens++, afterFrame);
  return { g, opens: () => opens, frame: () => waiting.splice(0).forEach((run) => run()), waiting: () => waiting.length };
}

describe("when the workspace socket opens (client/workspace/RULES.md WP13)", () => {
  it("[WP13] opens after the answers' frame once every view holding it has drawn, never before", () => {
    const { g, opens, frame } = gate();
    const kpis = g.hold();
    const review = g.hold();
    g.ready();
    frame();
    expect(opens()).toBe(0);
    kpis();
    frame();
    expect(opens()).toBe(0);
    review();
    expect(opens()).toBe(0); // after the next frame, not in the same task
    frame();
    expect(opens()).toBe(1);
    expect(g.isOpen).toBe(true);
  });

  it("[WP13] waits for the page's answers even when no view holds it, then opens once", () => {
    const { g, opens, frame, waiting } = gate();
    g.hold()();
    frame();
    expect(opens()).toBe(0);
    expect(waiting()).toBe(0);
    g.ready();
    g.ready();
    frame();
    frame();
    expect(opens()).toBe(1);
    // A hold after it opened changes nothing.
    g.hold();
    g.ready();
    frame();
    expect(opens()).toBe(1);
  });

  it("[WP13] a hold taken while the frame is drawn keeps it shut; a release counts once; a page that goes opens nothing until ready again", () => {
    const { g, opens, frame } = gate();
    g.ready();
    const late = g.hold();
    frame();
    expect(opens()).toBe(0);
    const other = g.hold();
    late();
    late();
    frame();
    expect(opens()).toBe(0);
    other();
    g.unready();
    frame();
    expect(opens()).toBe(0);
    // React remounts the page (StrictMode): ready again, it opens.
    g.ready();
    frame();
    expect(opens()).toBe(1);
  });
});
