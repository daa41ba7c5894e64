import type { Logger } from "../log";
import type { Storage } from "../storage/Storage";
import type { Rooms } from "../sync/Rooms";
import { Projector } from "./Projector";
import { WorkspaceLive } from "./WorkspaceLive";

/** The workspace parts of the process: the projection keeper and the live notices. */
export interface WorkspaceServices {
  readonly projector: Projector;
  readonly live: WorkspaceLive;
  close(): void;
}

/** Wires the projector to the rooms' after-commit hook. */
export function createWorkspaceServices(app: { storage: Storage; rooms: Rooms; log: Logger }): WorkspaceServices {
  const live = new WorkspaceLive();
  const projector = new Projector(app, live);
  return {
    projector,
    live,
    close() {
      projector.close();
      live.close();
    },
  };
}
