/**
 * Hocuspocus 4.7 as the instances bench's peer (issue 15 budgets), in its own process like each
 * Baton server: stock settings, in memory, or with its SQLite extension when
 * `HOCUSPOCUS_SQLITE` names a database file. Prints `{"event":"listening","port":N}` once
 * listening on a free loopback port; stops on SIGTERM.
 */
import { Server } from "@hocuspocus/server";
import { SQLite } from "@hocuspocus/extension-sqlite";

const file = process.env.HOCUSPOCUS_SQLITE;
const server = new Server({
  address: "127.0.0.1",
  port: 0,
  quiet: true,
  extensions: file ? [new SQLite({ database: file })] : [],
});
await server.listen();
console.log(JSON.stringify({ event: "listening", port: server.address.port }));
process.once("SIGTERM", () => {
  void server.destroy().finally(() => process.exit(0));
});
