import { answerOf, sendRequest } from "./api";

/** Answers kept for revalidation; the oldest go first. */
const MAX_HELD = 24;
const held = new Map<string, { etag: string; body: unknown }>();

/**
 * `GET path` that revalidates: the last answer with an `ETag` is kept, asked for again with
 * `If-None-Match`, and reused when the server says `304 Not Modified` (WA17), so a refetch
 * after a notice that changed nothing shown costs neither the bytes nor the parse. The answer
 * is the same object then, so views that memoise on it do no work either.
 */
export async function revalidatedGet<T>(path: string, key: string): Promise<T> {
  const slot = `${key}\u0000${path}`;
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
