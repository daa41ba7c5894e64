/**
 * A map's live connection started as soon as the editor's code is here (KB26), not when the
 * editor has mounted: on a map address the page first paints the cards from HTTP answers
 * (KB24), and React renders that paint and then the editor before the editor's effect would
 * open the socket (measured: the code was here at about 180 ms, the socket opened at about
 * 550 ms). The editor takes this connection when it mounts for the same map and key; one
 * nobody takes is closed after {@link HOLD_MS}.
 */
import { MapConnection } from "./MapConnection";

/** How long a connection nobody took stays open. */
const HOLD_MS = 15_000;

let early: { mapId: string; key: string; connection: MapConnection; timer: ReturnType<typeof setTimeout> } | null = null;

/** Opens `mapId`'s connection with `key` now, unless it is already open and waiting. */
export function startEarlyConnection(mapId: string, key: string): void {
  if (early && early.mapId === mapId && early.key === key) return;
  dropEarlyConnection();
  const connection = new MapConnection(mapId, key);
  early = { mapId, key, connection, timer: setTimeout(dropEarlyConnection, HOLD_MS) };
}

/** The waiting connection of `mapId` with `key`, handed over once (the caller closes it); else null. */
export function takeEarlyConnection(mapId: string, key: string): MapConnection | null {
  if (!early || early.mapId !== mapId || early.key !== key) return null;
  const { connection, timer } = early;
  clearTimeout(timer);
  early = null;
  return connection;
}

function dropEarlyConnection(): void {
  if (!early) return;
  clearTimeout(early.timer);
  early.connection.destroy();
  early = null;
}
