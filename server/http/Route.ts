import type { IncomingMessage, ServerResponse } from "node:http";
import type { Config } from "../config";
import type { History } from "../history/History";
import type { Logger } from "../log";
import type { Metrics } from "../metrics";
import type { Storage } from "../storage/Storage";
import type { Rooms } from "../sync/Rooms";
import type { RateLimits } from "./RateLimits";
import type { HeavyWork } from "../work/HeavyWork";
import type { WorkspaceServices } from "../workspaces/services";

/** What every route and the sync endpoint share: the process's parts, wired by `createApp`. */
export interface AppContext {
  readonly config: Config;
  readonly storage: Storage;
  readonly rooms: Rooms;
  readonly log: Logger;
  readonly metrics: Metrics;
  /** Heavy work off the event loop: journey files to updates, snapshot checks (S47). */
  readonly work: HeavyWork;
  /** Per-caller rates of the expensive requests (S42). */
  readonly rates: RateLimits;
  /** Workspaces: the projection keeper and live notices (server/workspaces/). */
  readonly workspaces: WorkspaceServices;
  /** Versions and restores (api.md "History"). */
  readonly history: History;
  /** The base of share links: BATON_PUBLIC_URL, or `http://localhost:<port>` once listening. */
  publicUrl(): string;
}

/** One request as a route handler sees it. `params.id` is already checked against the id pattern. */
export interface RequestContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly app: AppContext;
}

/**
 * One HTTP route. A route group is one module exporting `Route[]`; `routes/index.ts` lists the
 * groups, so adding a group is one import and one line there.
 */
export interface Route {
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  /** A path with `:name` segments, e.g. `/api/maps/:id/export.json`. */
  readonly path: string;
  handle(ctx: RequestContext): Promise<void> | void;
}
