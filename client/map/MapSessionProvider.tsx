import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type * as Y from "yjs";
import { useReactFlow } from "@xyflow/react";
import { applyCommands } from "../../shared/commands/applyCommands";
import type { Command } from "../../shared/commands/command";
import { createJourneyReader } from "../../shared/doc/journeyReader";
import type { DocReading } from "../../shared/doc/docProblem";
import type { Journey } from "../../shared/schema/journey";
import type { MapConnection } from "../live/MapConnection";
import { pageClock } from "./clock";
import { createUndoManager } from "./createUndoManager";
import type { MapSession, Role } from "./MapSession";
import { MapInternalsContext } from "./mapInternals";
import { MapSessionContext } from "./sessionContext";

/**
 * Provides `useMapSession()` for one open map. The journey is derived from the document again
 * at most once per animation frame (createJourneyReader re-reads only what changed), so a burst
 * of remote updates costs one render. Must sit inside a ReactFlowProvider (focusCard pans it).
 */
export function MapSessionProvider({ connection, role, roleKnown, children }: { connection: MapConnection; role: Role; roleKnown: boolean; children: ReactNode }) {
  const { doc } = connection;
  // The reader and the undo manager observe the document: created and disposed in an effect,
  // so a remount (React's StrictMode) never leaves a disposed one in use.
  const [live, setLive] = useState<{ doc: Y.Doc; undoManager: Y.UndoManager; reading: DocReading<Journey> } | null>(null);

  useEffect(() => {
    const reader = createJourneyReader(doc);
    const undoManager = createUndoManager(doc);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- made and disposed by this effect
    setLive({ doc, undoManager, reading: reader.read() });
    let frame = 0;
    const onUpdate = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const started = performance.now();
        const reading = reader.read();
        performance.measure("baton.read", { start: started });
        setLive((old) => (old && old.doc === doc && old.reading !== reading ? { ...old, reading } : old));
      });
    };
    doc.on("update", onUpdate);
    return () => {
      doc.off("update", onUpdate);
      if (frame !== 0) cancelAnimationFrame(frame);
      reader.dispose();
      undoManager.destroy();
    };
  }, [doc]);

  if (!live || live.doc !== doc) return null;
  return (
    <LiveSession connection={connection} role={role} roleKnown={roleKnown} undoManager={live.undoManager} reading={live.reading}>
      {children}
    </LiveSession>
  );
}

/** Cards added on this page record the day (SPEC.md D14: a touchpoint is due from the next period). */
function stampCreated(commands: readonly Command[], today: string): readonly Command[] {
  return commands.some((c) => c.type === "addCard" && c.createdOn === undefined)
    ? commands.map((c) => (c.type === "addCard" && c.createdOn === undefined ? { ...c, createdOn: today } : c))
    : commands;
}

function LiveSession({
  connection,
  role,
  roleKnown,
  undoManager,
  reading,
  children,
}: {
  connection: MapConnection;
  role: Role;
  roleKnown: boolean;
  undoManager: Y.UndoManager;
  reading: DocReading<Journey>;
  children: ReactNode;
}) {
  const { doc, provider } = connection;
  const [selection, setSelection] = useState<readonly string[]>([]);
  const [presenting, setPresenting] = useState(false);
  const clock = useMemo(() => pageClock(location.search), []);
  const flow = useReactFlow();

  const canEdit = role !== "viewer";
  const dispatch = useCallback(
    (commands: readonly Command[], origin: "local" | "workshop" = "local") => {
      if (!canEdit || commands.length === 0) return;
      applyCommands(doc, stampCreated(commands, clock.today), origin);
    },
    [doc, canEdit, clock],
  );

  const journey = reading.journey;
  // A selection keeps only cards that still exist (someone else may delete one).
  const liveSelection = useMemo(() => {
    if (selection.length === 0) return selection;
    const ids = new Set(journey.cards.map((c) => c.id));
    const kept = selection.filter((id) => ids.has(id));
    return kept.length === selection.length ? selection : kept;
  }, [selection, journey]);

  const select = useCallback((ids: readonly string[]) => setSelection([...new Set(ids)]), []);
  const focusCard = useCallback(
    (cardId: string) => {
      setSelection([cardId]);
      void flow.fitView({ nodes: [{ id: cardId }], maxZoom: 1.1, minZoom: 0.5, duration: 300, padding: 0.6 });
    },
    [flow],
  );

  const session = useMemo<MapSession>(
    () => ({
      mapId: connection.mapId,
      doc,
      awareness: provider.awareness,
      role,
      canEdit,
      journey,
      problems: reading.problems,
      dispatch,
      today: clock.today,
      now: clock.now,
      selection: liveSelection,
      select,
      focusCard,
      presenting,
      setPresenting,
    }),
    [connection.mapId, doc, provider.awareness, role, canEdit, journey, reading.problems, dispatch, clock, liveSelection, select, focusCard, presenting],
  );
  const internals = useMemo(() => ({ connection, undoManager, roleKnown }), [connection, undoManager, roleKnown]);

  return (
    <MapInternalsContext.Provider value={internals}>
      <MapSessionContext.Provider value={session}>{children}</MapSessionContext.Provider>
    </MapInternalsContext.Provider>
  );
}
