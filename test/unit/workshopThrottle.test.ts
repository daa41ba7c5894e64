import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PRESENCE_INTERVAL_MS, throttle } from "../../client/workshop/throttle";

describe("presence throttle", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("[W12] cursor moves go out at most about 20 times a second, and the last position always goes out", () => {
    expect(PRESENCE_INTERVAL_MS).toBe(50);
    const sent: number[] = [];
    const publish = throttle((x: number) => sent.push(x), PRESENCE_INTERVAL_MS);
    // A pointer moving every 5 ms for one second: 200 events.
    for (let i = 1; i <= 200; i++) {
      publish(i);
      vi.advanceTimersByTime(5);
    }
    vi.advanceTimersByTime(100);
    expect(sent.length).toBeGreaterThanOrEqual(19);
    expect(sent.length).toBeLessThanOrEqual(22);
    expect(sent.at(-1)).toBe(200);
    for (let i = 1; i < sent.length; i++) expect(sent[i]!).toBeGreaterThan(sent[i - 1]!);
  });

  it("[W12] cancel drops a pending call", () => {
    const sent: number[] = [];
    const publish = throttle((x: number) => sent.push(x), 50);
    publish(1);
    publish(2);
    publish.cancel();
    vi.advanceTimersByTime(200);
    expect(sent).toEqual([1]);
  });
});
