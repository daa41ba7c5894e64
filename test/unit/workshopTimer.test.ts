import { describe, expect, it } from "vitest";
import {
  DEFAULT_TIMER_MS, MAX_TIMER_MS, clampDuration, formatRemaining, idleTimer, pauseTimer, resetTimer,
  startTimer, timerDone, timerRemaining, TimerStateSchema,
} from "../../shared/workshop/timer";

const T0 = Date.parse("2026-11-21T09:00:00Z");

describe("shared timer", () => {
  it("[W10] a running timer stores its end time and everyone computes the same remaining time from it", () => {
    const running = startTimer(idleTimer(60_000), T0);
    expect(running).toEqual({ phase: "running", durationMs: 60_000, endsAt: T0 + 60_000 });
    expect(timerRemaining(running, T0 + 15_500)).toBe(44_500);
    expect(timerRemaining(running, T0 + 90_000)).toBe(0);
    expect(timerDone(running, T0 + 60_000)).toBe(true);
    expect(timerDone(running, T0 + 59_999)).toBe(false);
  });

  it("[W10] idle shows the full duration and is never done", () => {
    expect(timerRemaining(idleTimer(), T0)).toBe(DEFAULT_TIMER_MS);
    expect(timerDone(idleTimer(), T0)).toBe(false);
  });

  it("[W11] pause keeps what is left and start resumes from there", () => {
    const paused = pauseTimer(startTimer(idleTimer(60_000), T0), T0 + 20_000);
    expect(paused).toEqual({ phase: "paused", durationMs: 60_000, remainingMs: 40_000 });
    expect(timerRemaining(paused, T0 + 999_999)).toBe(40_000);
    const resumed = startTimer(paused, T0 + 100_000);
    expect(timerRemaining(resumed, T0 + 110_000)).toBe(30_000);
  });

  it("[W11] start on a running timer changes nothing; at zero it starts the whole duration again", () => {
    const running = startTimer(idleTimer(10_000), T0);
    expect(startTimer(running, T0 + 5_000)).toBe(running);
    expect(startTimer(running, T0 + 20_000)).toEqual({ phase: "running", durationMs: 10_000, endsAt: T0 + 30_000 });
    expect(pauseTimer(idleTimer(), T0)).toEqual(idleTimer());
  });

  it("[W11] reset goes back to idle with the old or a new length, clamped to 1 s .. 24 h", () => {
    const running = startTimer(idleTimer(10_000), T0);
    expect(resetTimer(running)).toEqual({ phase: "idle", durationMs: 10_000 });
    expect(resetTimer(running, 120_000)).toEqual({ phase: "idle", durationMs: 120_000 });
    expect(clampDuration(5)).toBe(1000);
    expect(clampDuration(Number.POSITIVE_INFINITY)).toBe(DEFAULT_TIMER_MS);
    expect(clampDuration(MAX_TIMER_MS * 2)).toBe(MAX_TIMER_MS);
  });

  it("[W10] a stored timer validates strictly", () => {
    expect(TimerStateSchema.safeParse({ phase: "running", durationMs: 1000, endsAt: T0 }).success).toBe(true);
    expect(TimerStateSchema.safeParse({ phase: "running", durationMs: 1000 }).success).toBe(false);
    expect(TimerStateSchema.safeParse({ phase: "paused", durationMs: 1000, remainingMs: -1 }).success).toBe(false);
    expect(TimerStateSchema.safeParse({ phase: "idle", durationMs: 1000, tick: 1 }).success).toBe(false);
  });

  it("[W10] remaining time reads as m:ss rounded up, h:mm:ss past an hour", () => {
    expect(formatRemaining(0)).toBe("0:00");
    expect(formatRemaining(1)).toBe("0:01");
    expect(formatRemaining(59_001)).toBe("1:00");
    expect(formatRemaining(5 * 60_000)).toBe("5:00");
    expect(formatRemaining(3_600_000 + 61_000)).toBe("1:01:01");
  });
});
