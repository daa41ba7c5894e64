import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { ID_PATTERN } from "../../shared/schema/common";
import { CLOSE, MAX_EDITOR_MESSAGE_BYTES, MAX_MESSAGE_BYTES } from "../../shared/protocol";
import { checkAccess, REFUSAL_STATUS } from "../http/auth";
import { checkWorkspaceAccess } from "../http/workspaceAuth";
import { originAllowed } from "../http/origin";
import type { AppContext } from "../http/Route";
import { ConnectionLimiter } from "./ConnectionLimiter";
import type { RoomSocket } from "./RoomSocket";

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  429: "Too Many Requests",
  503: "Service Unavailable",
};

/** Answers an upgrade request with a plain HTTP error and drops the connection (no socket). */
function refuse(socket: Duplex, status: number, message: string): void {
  const body = JSON.stringify({ error: message });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? "Error"}\r\n` +
      "Content-Type: application/json; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      "Connection: close\r\n\r\n" +
      body,
  );
}

/** The `ws` socket as a room sees it. */
function roomSocket(ws: WebSocket): RoomSocket {
  return {
    send: (data) => ws.send(data, { binary: true }),
    close: (code, reason) => ws.close(code, Buffer.from(reason).subarray(0, 123).toString()),
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
  };
}

/**
 * Live sync at `/sync/<id>?k=<key>[&ack=1]`. Before the upgrade, in this order: the path and
 * room id (400/404, S1), the per-address cap (429, S13), the Origin (403, A32), the key
 * (401/403/404, A9). Then the room is loaded (shared with concurrent joins), the upgrade
 * completes, and the socket joins, so the first thing a client hears is sync step 1 of the
 * stored document (S2). A viewer's messages may be 2 MiB, an editor's `MAX_EDITOR_MESSAGE_BYTES`
 * (S41: two `ws` servers, one per payload limit, picked once the key is known). A socket that
 * answers no ping within `pingMs` is dropped, so a person whose network vanished without a
 * close frame disappears within 2 x `pingMs` (S5: 10 s by default).
 */
export function attachSync(server: Server, app: AppContext, pingMs = app.config.pingMs): { close(): void; clients(): WebSocket[] } {
  const viewers = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
  const editors = new WebSocketServer({ noServer: true, maxPayload: MAX_EDITOR_MESSAGE_BYTES, perMessageDeflate: false });
  const clients = (): WebSocket[] => [...viewers.clients, ...editors.clients];
  const limiter = new ConnectionLimiter(app.config.connectLimit, app.config.connectWindowMs);
  const alive = new WeakMap<WebSocket, boolean>();
  let accepting = true;

  const heartbeat = setInterval(() => {
    for (const ws of clients()) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, pingMs);
  heartbeat.unref();

  const handle = async (req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    // `/sync/<map id>` or, for a workspace's document, `/sync/w/<workspace id>` (WA11).
    const m = /^\/sync\/(w\/)?([^/]*)$/.exec(url.pathname);
    const isWorkspace = m?.[1] !== undefined;
    const refused = (status: number, message: string, reason: string): void => {
      app.metrics.connectionsRefused++;
      app.log.info("socket.refused", { status, reason, room: m && ID_PATTERN.test(m[2] ?? "") ? m[2] : undefined });
      refuse(socket, status, message);
    };
    if (!accepting) return refused(503, "The server is shutting down.", "shutdown");
    if (!m) return refused(404, "Sync sockets live at /sync/<map id> and /sync/w/<workspace id>.", "path");
    const id = m[2] as string;
    if (!ID_PATTERN.test(id)) return refused(400, "The map id must match [A-Za-z0-9_-]{1,64}.", "id");
    if (!limiter.allow(req.socket.remoteAddress ?? "unknown", Date.now())) {
      return refused(429, "Too many new connections from this address; try again shortly.", "rate");
    }
    if (!originAllowed(req, app.config.allowedOrigins)) return refused(403, "Sockets from this origin are not allowed.", "origin");
    const epoch = app.rooms.epoch(id);
    const key = url.searchParams.get("k");
    const access = isWorkspace
      ? await checkWorkspaceAccess(app.storage, id, key, "viewer", url.searchParams.get("m"))
      : await checkAccess(app.storage, id, key, "viewer");
    if (!access.ok) return refused(REFUSAL_STATUS[access.refusal], `The key does not open this ${isWorkspace ? "workspace" : "map"}.`, access.refusal);
    const room = await app.rooms.acquire(id);
    if (!room) return refused(404, "There is no such map.", "noMap");
    await room.log.ready(); // a big map's first message is read in the worker (S60)
    if (socket.destroyed) {
      app.rooms.release(room);
      return;
    }
    // A participant writes only votes and comments: a viewer's message bound (P5).
    const wss = access.role === "viewer" || access.role === "participant" ? viewers : editors;
    wss.handleUpgrade(req, socket, head, (ws) => {
      const revoked = app.rooms.revokedSince(id, epoch);
      if (revoked || room.dead) {
        // Deleted, or keys replaced, between the key check and the join (S12), or storage failed.
        app.rooms.release(room);
        ws.close(revoked?.code ?? CLOSE.storageFailed, revoked?.reason ?? "the room is closed");
        return;
      }
      alive.set(ws, true);
      ws.on("pong", () => alive.set(ws, true));
      const peer = room.join(roomSocket(ws), access.role, url.searchParams.get("ack") === "1");
      app.rooms.release(room);
      app.metrics.socketsOpened++;
      app.log.info("socket.opened", { room: id, role: access.role });
      // `live=1` on a workspace socket: MESSAGE_WORKSPACE_CHANGED notices (WA12).
      const unlive = isWorkspace && url.searchParams.get("live") === "1" ? app.workspaces.live.add(id, { send: (d) => ws.send(d, { binary: true }), get bufferedAmount() { return ws.bufferedAmount; } }) : undefined;
      ws.on("message", (data, isBinary) => {
        if (!isBinary) {
          room.closePeer(peer, CLOSE.malformed, "text frames are not part of the protocol");
          return;
        }
        const buf = data as Buffer;
        room.receive(peer, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
      });
      ws.on("error", (err) => app.log.warn("socket.error", { room: id, message: err.message }));
      ws.on("close", (code) => {
        room.leave(peer);
        unlive?.();
        app.log.info("socket.closed", { room: id, code });
      });
    });
  };

  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => socket.destroy());
    handle(req, socket, head).catch((err: unknown) => {
      app.log.error("socket.upgrade_failed", { message: (err as Error).message });
      if (!socket.destroyed) refuse(socket, 503, "The map could not be opened.");
    });
  });

  return {
    clients,
    close() {
      accepting = false;
      clearInterval(heartbeat);
    },
  };
}
