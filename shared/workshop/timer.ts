import { z } from "zod/mini";

/**
 * The shared workshop countdown, as pure rules. The document stores the agreed end time while
 * it runs and the remaining time while it is paused, never ticks: every page computes the
 * remaining time from its own clock, so everyone sees the same value (up to their clocks'
 * difference), a reload shows the right time, and a running timer costs no traffic.
 */

/** The longest countdown: 24 hours. */
export const MAX_TIMER_MS = 24 * 60 * 60 * 1000;
/** The countdown a fresh timer offers: 5 minutes. */
export const DEFAULT_TIMER_MS = 5 * 60 * 1000;

const Duration = z.int().check(z.gte(1), z.lte(MAX_TIMER_MS));

/** The timer as stored (plain JSON) under `workshop.timer`. Times are Unix epoch ms. */
export const TimerStateSchema = z.discriminatedUnion("phase", [
  z.strictObject({ phase: z.literal("idle"), durationMs: Duration }),
  z.strictObject({ phase: z.literal("running"), durationMs: Duration, endsAt: z.int().check(z.gte(0)) }),
  z.strictObject({ phase: z.literal("paused"), durationMs: Duration, remainingMs: z.int().check(z.gte(0), z.lte(MAX_TIMER_MS)) }),
]);
/** The timer as stored under `workshop.timer`. */
export type TimerState = z.infer<typeof TimerStateSchema>;

/** A timer that has not started, set to `durationMs`. */
export function idleTimer(durationMs: number = DEFAULT_TIMER_MS): TimerState {
  return { phase: "idle", durationMs: clampDuration(durationMs) };
}

/** Milliseconds left at `now`: never negative; the full duration while idle. */
export function timerRemaining(timer: TimerState, now: number): number {
  switch (timer.phase) {
    case "idle":
      return timer.durationMs;
    case "paused":
      return timer.remainingMs;
    case "running":
      return Math.max(0, timer.endsAt - now);
  }
}

/** Whether the countdown has reached zero (running or paused at zero). */
export function timerDone(timer: TimerState, now: number): boolean {
  return timer.phase !== "idle" && timerRemaining(timer, now) === 0;
}

/**
 * Starts or resumes the countdown at `now`: an idle timer runs its whole duration, a paused
 * one what was left. A running one is returned unchanged; one that already reached zero
 * starts its duration again.
 */
export function startTimer(timer: TimerState, now: number): TimerState {
  if (timer.phase === "running") {
    if (timer.endsAt > now) return timer;
    return { phase: "running", durationMs: timer.durationMs, endsAt: now + timer.durationMs };
  }
  const left = timer.phase === "paused" && timer.remainingMs > 0 ? timer.remainingMs : timer.durationMs;
  return { phase: "running", durationMs: timer.durationMs, endsAt: now + left };
}

/** Pauses a running countdown at `now`, keeping what is left; anything else is unchanged. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.phase !== "running") return timer;
  return { phase: "paused", durationMs: timer.durationMs, remainingMs: timerRemaining(timer, now) };
}

/** Back to the start: idle, at `durationMs` (or the current duration). */
export function resetTimer(timer: TimerState, durationMs?: number): TimerState {
  return idleTimer(durationMs ?? timer.durationMs);
}

/** A duration forced into 1 s .. 24 h, whole milliseconds. */
export function clampDuration(ms: number): number {
  if (!Number.isFinite(ms)) return DEFAULT_TIMER_MS;
  return Math.min(MAX_TIMER_MS, Math.max(1000, Math.round(ms)));
}

/** `m:ss` (or `h:mm:ss`) for a remaining time, rounded up to the next whole second. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
