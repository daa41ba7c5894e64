/**
 * What of this device's own writes the server has confirmed as stored, per map.
 *
 * "Saved" is shown only when, for every Yjs client id this device wrote a map with (this tab's
 * `doc.clientID`, and earlier sessions' ids whose offline edits came back from IndexedDB), the
 * server's saved-notice clock reaches the document's state-vector clock. The ledger is pure
 * data; `loadLedger`/`storeLedger` keep it in localStorage so a reload does not forget an
 * earlier session's unconfirmed edits.
 */

/** clientID -> highest clock the server confirmed as stored (0: nothing confirmed yet). */
export type SaveLedger = ReadonlyMap<number, number>;

/** The ledger after this device wrote with `clientID`. */
export function withAuthor(ledger: SaveLedger, clientID: number): SaveLedger {
  if (ledger.has(clientID)) return ledger;
  return new Map(ledger).set(clientID, 0);
}

/** The ledger after a saved-notice; pairs of clients this device never wrote with are ignored. */
export function withSaved(ledger: SaveLedger, pairs: readonly { clientID: number; clock: number }[]): SaveLedger {
  let next: Map<number, number> | null = null;
  for (const { clientID, clock } of pairs) {
    const old = (next ?? ledger).get(clientID);
    if (old === undefined || clock <= old) continue;
    next ??= new Map(ledger);
    next.set(clientID, clock);
  }
  return next ?? ledger;
}

/** True when every struct this device wrote (as far as the document holds it) is stored on the server. */
export function isAllSaved(ledger: SaveLedger, stateVector: ReadonlyMap<number, number>): boolean {
  for (const [clientID, saved] of ledger) {
    const have = stateVector.get(clientID) ?? 0;
    if (saved < have) return false;
  }
  return true;
}

/**
 * The ledger without the client ids of earlier sessions whose every struct is stored: such an id
 * never writes again (each page load gets a new one), so it can be forgotten. Keeps the ledger
 * from growing with every visit.
 */
export function withoutSettled(ledger: SaveLedger, stateVector: ReadonlyMap<number, number>, currentClientID: number): SaveLedger {
  let next: Map<number, number> | null = null;
  for (const [clientID, saved] of ledger) {
    if (clientID === currentClientID || saved < (stateVector.get(clientID) ?? 0)) continue;
    next ??= new Map(ledger);
    next.delete(clientID);
  }
  return next ?? ledger;
}

const storageKey = (mapId: string) => `baton.saved.${mapId}`;

/** The ledger kept on this device for a map (empty when none or unreadable). */
export function loadLedger(mapId: string): SaveLedger {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(storageKey(mapId)) ?? "[]");
    if (!Array.isArray(raw)) return new Map();
    return new Map(
      raw.filter(
        (e): e is [number, number] => Array.isArray(e) && Number.isSafeInteger(e[0]) && Number.isSafeInteger(e[1]),
      ),
    );
  } catch {
    return new Map();
  }
}

/** Keeps the ledger on this device. */
export function storeLedger(mapId: string, ledger: SaveLedger): void {
  try {
    localStorage.setItem(storageKey(mapId), JSON.stringify([...ledger]));
  } catch {
    // Without storage the ledger lives for this tab only; "Saved" stays truthful for this tab.
  }
}

/** Forgets a map's ledger (the map was deleted). */
export function dropLedger(mapId: string): void {
  try {
    localStorage.removeItem(storageKey(mapId));
  } catch {
    // Nothing to forget.
  }
}
