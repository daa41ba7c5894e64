import type { CreatedMap } from "../../support/server";
import { connectClient, type TestClient } from "./clients";

/** A crowd of stock clients joining one map at once. */
export interface Crowd {
  /** Every client, in join order; every fourth (index 3, 7, ...) is a viewer, the rest edit. */
  readonly clients: TestClient[];
  /** The ones that may write (every client but the viewers). */
  readonly editors: TestClient[];
  /** Close codes the server sent any of them (a clean close by the test itself is not listed). */
  readonly closes: number[];
}

/**
 * `size` stock y-websocket clients connect to `map` at once, each announcing a `user` (named
 * `${prefix}${i}`) the way the page does: the crowd of issue 10 (rule S17).
 */
export function joinCrowd(baseUrl: string, map: CreatedMap, size: number, prefix = "Person "): Crowd {
  const closes: number[] = [];
  const clients = Array.from({ length: size }, (_, i) => {
    const c = connectClient(baseUrl, map.id, i % 4 === 3 ? map.viewKey : map.editKey);
    c.provider.awareness.setLocalStateField("user", { name: `${prefix}${i}`, color: "#336699" });
    c.provider.on("connection-close", (e) => {
      if (e) closes.push(e.code);
    });
    return c;
  });
  return { clients, editors: clients.filter((_, i) => i % 4 !== 3), closes };
}
