/**
 * One-shot prefetches: a page asks for an answer it will need as soon as it opens (the KPI
 * overview's touchpoints, beside the workspace's info), and the view's first read takes that
 * answer instead of asking again. Every later read asks the server; an answer nobody took is
 * dropped after a few seconds.
 */
const pending = new Map<string, Promise<unknown>>();
const KEEP_MS = 5_000;

/** Starts `load` now under `key` (once); its answer waits for `takePrefetched`. */
export function prefetch(key: string, load: () => Promise<unknown>): void {
  if (pending.has(key)) return;
  const answer = load();
  answer.catch(() => undefined); // a failure is the taker's to see
  pending.set(key, answer);
  setTimeout(() => {
    if (pending.get(key) === answer) pending.delete(key);
  }, KEEP_MS);
}

/** The prefetched answer under `key` (taken: the next call asks again), or `load()`. */
export function takePrefetched<T>(key: string, load: () => Promise<T>): Promise<T> {
  const answer = pending.get(key);
  if (!answer) return load();
  pending.delete(key);
  return answer as Promise<T>;
}
