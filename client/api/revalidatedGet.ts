import { answerOf, sendRequest } from "./api";

/** Answers kept for revalidation; the oldest go first. */
const MAX_HELD = 24;
const held = new Map<string, { etag: string; body: unknown }>();
/** Requests started before a view asked for them (the page's first answers, {@link prefetch}). */
const early = new Map<string, { at: number; answer: Promise<unknown> }>();
/** A prefetched answer older than this is asked for again. */
const EARLY_MS = 10_000;

/**
 * Starts `GET path` now so that the view which asks for it later (once its page has loaded and
 * drawn) gets this answer instead of a second request. Used once per path: the first
 * {@link revalidatedGet} of it takes it.
 */
export function prefetch(path: string, key: string): void {
  const slot = `${key}\u0000${path}`;
  const answer = revalidatedGet(path, key);
  // Nobody may ever ask for it: its failure is reported to the view that does, not here.
  answer.catch(() => undefined);
  early.set(slot, { at: Date.now(), answer });
}

/** Drops every prefetched answer: something changed since they were asked for. */
export function forgetPrefetches(): void {
  early.clear();
}

/**
 * `GET path` that revalidates: the last answer with an `ETag` is kept, asked for again with
 * `If-None-Match`, and reused when the server says `304 Not Modified` (WA17), so a refetch
 * after a notice that changed nothing shown costs neither the bytes nor the parse. The answer
 * is the same object then, so views that memoise on it do no work either.
 */
export async function revalidatedGet<T>(path: string, key: string): Promise<T> {
  const slot = `${key}\u0000${path}`;
  const started = early.get(slot);
  if (started) {
    early.delete(slot);
    if (Date.now() - started.at < EARLY_MS) return started.answer as Promise<T>;
  }
  const kept = held.get(slot);
  const res = await sendRequest(path, { key, cache: "no-store", headers: kept ? { "If-None-Match": kept.etag } : {} });
  if (res.status === 304 && kept) {
    held.delete(slot);
    held.set(slot, kept);
    return kept.body as T;
  }
  const body = await answerOf<T>(res);
  const etag = res.headers.get("ETag");
  held.delete(slot);
  if (etag) {
    held.set(slot, { etag, body });
    if (held.size > MAX_HELD) held.delete(held.keys().next().value as string);
  }
  return body;
}
