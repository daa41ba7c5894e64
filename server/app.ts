import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { CLOSE } from "../shared/protocol";
import type { Config } from "./config";
import { BurstTracker } from "./history/BurstTracker";
import { History } from "./history/History";
import { systemClock, type HistoryClock } from "./history/HistoryClock";
import { createRouter } from "./http/router";
import type { AppContext } from "./http/Route";
import { routes } from "./http/routes/index";
import { createStaticHandler } from "./http/staticFiles";
import type { Logger } from "./log";
import { RedisFanout } from "./fanout/RedisFanout";
import { Metrics } from "./metrics";
import type { Storage } from "./storage/Storage";
import { Rooms } from "./sync/Rooms";
import { RateLimits } from "./http/RateLimits";
import { HeavyWork } from "./work/HeavyWork";
import { HEAVY_STATE_BYTES } from "./work/docReadings";
import { DEFAULT_UPDATE_LIMITS } from "./sync/updateGuard";
import { DEFAULT_PRESENCE_LIMITS } from "./sync/RoomAwareness";
import { attachSync } from "./sync/wsTransport";
import { moveMapsIntoWorkspaces } from "./workspaces/migrate";
import { movePointsOut } from "./workspaces/movePointsOut";
import { createWorkspaceServices } from "./workspaces/services";

/** Room settings that are not environment settings (API-RULES.md documents each). */
export const ROOM_DEFAULTS = {
  maxBufferedBytes: 4 * 1024 * 1024,
  compactAfterUpdates: 500,
  compactAfterBytes: 4 * 1024 * 1024,
  presence: DEFAULT_PRESENCE_LIMITS,
  updateLimits: DEFAULT_UPDATE_LIMITS,
};

export interface App {
  readonly server: Server;
  readonly context: AppContext;
  /** Listens on config.host:config.port; resolves with the actual port. */
  listen(): Promise<number>;
  /** api.md shutdown: no new connections, everything stored, sockets closed with 1001, store closed. */
  shutdown(): Promise<void>;
}

/** Builds the whole server from its parts; `index.ts` only reads the environment and calls this. */
export function createApp(config: Config, storage: Storage, log: Logger, clock: HistoryClock = systemClock): App {
  const metrics = new Metrics();
  const work = new HeavyWork(log);
  const rooms = new Rooms(storage, log, metrics, {
    verifySnapshot: (state) => work.verify(state),
    snapshotOf: (parts) => work.snapshot(parts),
    heavyStateBytes: HEAVY_STATE_BYTES,
    stateVectorOf: (state) => work.stateVector(state),
    ...ROOM_DEFAULTS,
    coalesceAwareness: config.coalesceAwareness,
    unloadDelayMs: config.unloadDelayMs,
    keepaliveMs: config.keepaliveMs,
  });
  // Several instances (api.md): committed changes, presence and revocations cross through Redis.
  const fanout = config.redisUrl ? new RedisFanout(config.redisUrl, rooms, storage, log) : null;
  const history = new History({ storage, rooms, log, clock, work });
  const bursts = new BurstTracker({ history, storage, log, clock }, { quietMs: config.historyQuietMs, hourlyMs: config.historyHourlyMs });
  rooms.hooks.add(bursts.onCommit);
  let port = config.port;
  const workspaces = createWorkspaceServices({ storage, rooms, log }, work);
  const context: AppContext = {
    config,
    storage,
    rooms,
    log,
    metrics,
    rates: new RateLimits(config, metrics),
    work,
    history,
    workspaces,
    publicUrl: () => config.publicUrl ?? `http://localhost:${port}`,
  };
  const route = createRouter(routes, context, createStaticHandler(config.distDir));
  const server = createServer((req, res) => {
    const started = performance.now();
    res.on("finish", () => {
      // The path only: a query string may carry a key (A8).
      const path = (req.url ?? "/").split("?")[0];
      log.info("http.request", { method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) });
    });
    route(req, res).catch((err: unknown) => {
      log.error("http.failed", { message: (err as Error).message });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  const sync = attachSync(server, context);

  return {
    server,
    context,
    listen: async () => {
      await fanout?.start();
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        // Every map made before workspaces moves into a workspace of its own first (WA5), and
        // metric points move out of workspace documents into storage (WK8).
        moveMapsIntoWorkspaces(context).then(() => movePointsOut(context)).then(
          () =>
            server.listen(config.port, config.host, () => {
              port = (server.address() as AddressInfo).port;
              resolve(port);
            }),
          reject,
        );
      });
    },
    async shutdown() {
      sync.close();
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeIdleConnections();
      await rooms.closeAll(CLOSE.goingAway, "the server is shutting down");
      for (const ws of sync.clients()) ws.terminate();
      server.closeAllConnections();
      await closed;
      await workspaces.projector.idle();
      workspaces.close();
      await fanout?.close();
      // The hook delivers in a later macrotask: let the last commits arrive, then end every open burst.
      await new Promise((r) => setImmediate(r));
      await bursts.flush();
      await storage.close();
      await work.close();
    },
  };
}
