import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMap, startServer, type RunningServer } from "../support/server";
import { connectClient, eventually } from "./helpers/clients";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe("live sync with the stock WebsocketProvider", () => {
  it("[A16] several clients converge", async () => {
    const map = await createMap(server.url, { title: "Converge" });
    const clients = [0, 1, 2, 3].map(() => connectClient(server.url, map.id, map.editKey));
    await Promise.all(clients.map((c) => c.synced));
    clients.forEach((c, i) => {
      for (let n = 0; n < 20; n++) c.doc.getMap("cards").set(`c${i}-${n}`, n);
    });
    await eventually(() => clients.every((c) => c.doc.getMap("cards").size === 80), "all clients see 80 entries");
    const states = clients.map((c) => JSON.stringify(Object.entries(c.doc.getMap("cards").toJSON()).sort()));
    expect(new Set(states).size).toBe(1);
    expect(clients[0]?.doc.getMap("meta").get("title")).toBe("Converge");
    clients.forEach((c) => c.destroy());
  });
});
