/**
 * Calls `fn` at most once per `ms`, always with the newest arguments, and always ends with the
 * last call (trailing edge), so a cursor that stops moving is published where it stopped.
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number): ((...args: A) => void) & { cancel(): void } {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const run = () => {
    timer = null;
    last = performance.now();
    if (pending) {
      const args = pending;
      pending = null;
      fn(...args);
    }
  };
  const throttled = (...args: A) => {
    pending = args;
    const wait = last + ms - performance.now();
    if (wait <= 0 && timer === null) run();
    else if (timer === null) timer = setTimeout(run, Math.max(0, wait));
  };
  throttled.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return throttled;
}

/** Cursor and viewport updates go out at most this often: about 20 per second. */
export const PRESENCE_INTERVAL_MS = 50;
