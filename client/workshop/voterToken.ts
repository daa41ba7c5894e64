import { freshId } from "../flow/freshId";

/**
 * My voter token for one round of one map: drawn at random the first time I vote in it and
 * kept in localStorage, so a reload keeps my dots and my budget. It is never linked to my
 * name anywhere, which is what keeps dots anonymous.
 */
const memory = new Map<string, string>();

export function voterToken(mapId: string, roundId: string): string {
  const key = `baton.workshop.voter.${mapId}.${roundId}`;
  try {
    const stored = window.localStorage.getItem(key);
    if (stored && /^[A-Za-z0-9_-]{1,64}$/.test(stored)) return stored;
    const fresh = freshId();
    window.localStorage.setItem(key, fresh);
    return fresh;
  } catch {
    const fresh = memory.get(key) ?? freshId();
    memory.set(key, fresh);
    return fresh;
  }
}
