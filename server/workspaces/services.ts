import type { Logger } from "../log";
import type { Storage } from "../storage/Storage";
import type { Rooms } from "../sync/Rooms";
import type { HeavyWork } from "../work/HeavyWork";
import { Projector } from "./Projector";
import { WorkspaceLive } from "./WorkspaceLive";

/** The workspace parts of the process: the projection keeper and the live notices. */
export interface WorkspaceServices {
  readonly projector: Projector;
  readonly live: WorkspaceLive;
  close(): void;
}

/** Wires the projector to the rooms' after-commit hook; `work` projects big maps off the event loop (S54). */
export function createWorkspaceServices(app: { storage: Storage; rooms: Rooms; log: Logger }, work?: HeavyWork): WorkspaceServices {
  const live = new WorkspaceLive();
  const projector = new Projector(app, live, work);
  return {
    projector,
    live,
    close() {
      projector.close();
      live.close();
    },
  };
}
