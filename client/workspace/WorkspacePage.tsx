import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type * as decoding from "lib0/decoding";
import { MESSAGE_WORKSPACE_CHANGED } from "../../shared/protocol";
import type { WorkspaceView } from "../app/route";
import { ApiError } from "../api/api";
import { forgetPrefetches } from "../api/revalidatedGet";
import { deviceWorkspaces } from "../device/deviceWorkspaces";
import { useT } from "../i18n/useT";
import { MapConnection } from "../live/MapConnection";
import { pageClock, type PageClock } from "../map/clock";
import { AppHeader } from "../ui/AppHeader";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { createChangeSignal } from "./changeSignal";
import { seriesWithWindow, type PointsWindow } from "../kpi/pointsWindow";
import { createChangeRelay, type ChangeRelay } from "../kpi/changeRelay";
import { usePointsWindow } from "../kpi/usePointsWindow";
import { readWorkspaceDoc, type WorkspaceDocView } from "./readWorkspaceDoc";
import { getWorkspace, type WorkspaceInfo } from "./workspaceApi";
import { useDocumentAnswer } from "./useDocumentAnswer";
import { WorkspaceHeader } from "./WorkspaceHeader";
import { WorkspaceSessionContext, type WorkspaceSession } from "./WorkspaceSession";
import { WorkspaceViewBody } from "./WorkspaceViewBody";
import { SocketGate } from "./SocketGate";
import "../dso/dso.css";
import "./workspace.css";

/** `/w/<id>[/<view>]#k=<key>`: a workspace with the key from the fragment (or one this device kept). */
export function WorkspacePage({ workspaceId, wsKey, view }: { workspaceId: string; wsKey: string | null; view: WorkspaceView }) {
  const t = useT();
  const key = wsKey ?? deviceWorkspaces.find(workspaceId)?.key ?? null;
  if (!key) return <Message text={t("workspace.noKey")} alert />;
  return <OpenWorkspace key={`${workspaceId}:${key}`} id={workspaceId} wsKey={key} view={view} />;
}

/** The latest the workspace socket opens when the first view's answers never came (WP12). */
const SOCKET_AT_LATEST_MS = 1500;

function Message({ text, alert }: { text: string; alert?: boolean }) {
  return (
    <div className="page-frame">
      <AppHeader />
      <main className="centered-message">
        <p role={alert ? "alert" : undefined} aria-live={alert ? undefined : "polite"}>
          {text}
        </p>
      </main>
    </div>
  );
}

type Opened = { kind: "loading" } | { kind: "refused"; status: number } | { kind: "open"; info: WorkspaceInfo };

function OpenWorkspace({ id, wsKey, view }: { id: string; wsKey: string; view: WorkspaceView }) {
  const t = useT();
  const [opened, setOpened] = useState<Opened>({ kind: "loading" });
  const [live, setLive] = useState<{ connection: MapConnection; changes: ReturnType<typeof createChangeSignal> } | null>(null);
  const clock = useMemo(() => pageClock(location.search), []);
  // The points (WK7) are asked for at once, beside the workspace's info and socket, not after them.
  const relay = useState(createChangeRelay)[0];
  const points = usePointsWindow(id, wsKey, { to: clock.today }, relay);
  useEffect(() => (live ? live.changes.subscribe(relay.emit) : undefined), [live, relay]);

  useEffect(() => {
    let on = true;
    getWorkspace(id, wsKey).then(
      (info) => {
        if (!on) return;
        setOpened({ kind: "open", info });
        deviceWorkspaces.remember({ id, key: wsKey, title: info.title, role: info.role });
      },
      (e: unknown) => on && setOpened({ kind: "refused", status: e instanceof ApiError ? e.status : 0 }),
    );
    return () => {
      on = false;
    };
  }, [id, wsKey]);

  useEffect(() => {
    // The socket opens once the first view has painted, or after a while (WP12; LiveWorkspace starts it).
    const connection = new MapConnection(`w/${id}`, wsKey, { live: "1" }, { connect: false });
    const late = setTimeout(() => connection.start(), SOCKET_AT_LATEST_MS);
    const changes = createChangeSignal(100);
    connection.provider.messageHandlers[MESSAGE_WORKSPACE_CHANGED] = (_encoder, decoder: decoding.Decoder) => {
      // The payload names the changed maps; every view refetches what it shows, so it is read and dropped.
      decoder.pos = decoder.arr.length;
      // An answer asked for before this notice may predate the change: views ask again.
      forgetPrefetches();
      changes.notify();
    };
    // The connection is an external resource with a lifetime: made and closed by this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLive({ connection, changes });
    // A change made between the page's first answers and the socket's sync sent no notice to this page: ask again once (304s when nothing changed).
    const onSync = (synced: boolean) => {
      if (!synced) return;
      connection.provider.off("sync", onSync);
      forgetPrefetches();
      changes.notify();
    };
    connection.provider.on("sync", onSync);
    return () => {
      clearTimeout(late);
      connection.provider.off("sync", onSync);
      changes.dispose();
      connection.destroy();
    };
  }, [id, wsKey]);

  if (opened.kind === "refused") return <Message text={opened.status === 404 ? t("workspace.deleted") : t("workspace.refused")} alert />;
  if (opened.kind === "loading" || !live) return <Message text={t("workspace.loading")} />;
  return <LiveWorkspace info={opened.info} wsKey={wsKey} view={view} clock={clock} points={points} relay={relay} {...live} />;
}

/**
 * Re-reads the workspace document at most once per frame while it changes. At the render where
 * the socket has just synced, that frame's reading is not here yet: the document is read then
 * and there, so no view draws it as it was before the sync (empty on a first visit) for a frame,
 * which made the views that paint from the server's answer (WA18) blink empty (WP14).
 */
function useDocView(connection: MapConnection, synced: boolean): WorkspaceDocView {
  const [docView, setDocView] = useState(() => ({ view: readWorkspaceDoc(connection.doc), synced: connection.state.synced }));
  useEffect(() => {
    let frame = 0;
    let readSynced = false;
    const onUpdate = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        readSynced = connection.state.synced;
        setDocView({ view: readWorkspaceDoc(connection.doc), synced: readSynced });
      });
    };
    connection.doc.on("update", onUpdate);
    // A sync that changed nothing brings no update: its state change asks for the reading that ends `atSync`.
    const offState = connection.subscribe(() => {
      if (connection.state.synced && !readSynced) onUpdate();
    });
    // Updates that arrived between the first render and this effect (the local copy, the first sync).
    onUpdate();
    return () => {
      connection.doc.off("update", onUpdate);
      offState();
      cancelAnimationFrame(frame);
    };
  }, [connection]);
  const atSync = useMemo(() => (synced && !docView.synced ? readWorkspaceDoc(connection.doc) : null), [synced, docView.synced, connection]);
  return atSync ?? docView.view;
}

function LiveWorkspace(props: {
  info: WorkspaceInfo;
  wsKey: string;
  view: WorkspaceView;
  clock: PageClock;
  connection: MapConnection;
  changes: ReturnType<typeof createChangeSignal>;
  points: PointsWindow | null;
  relay: ChangeRelay;
}) {
  const { info, wsKey, connection, changes, clock, view, points, relay } = props;
  const state = useSyncExternalStore(connection.subscribe, () => connection.state);
  const live = useDocView(connection, state.synced);
  // Until the socket has synced, the views paint from the server's answer of the same document (WA18); the live one takes over when it differs.
  const answer = useDocumentAnswer(info.id, wsKey, state.synced, relay, live);
  const doc = answer ?? live;
  // Points live beside the document (WK5): their window goes into the library's series.
  const metrics = useMemo(() => seriesWithWindow(doc.metrics, points), [doc.metrics, points]);
  // A title typed before the document synced is the API's; afterwards the live one.
  const title = state.synced ? doc.title : info.title;
  // WP12, WP13: the socket opens after the frame that shows the document's answer and the points, and the view's first answers, so syncing it does not hold up the first paint.
  const gate = useMemo(() => new SocketGate(() => connection.start()), [connection]);
  const painted = answer !== null && points !== null;
  useEffect(() => {
    if (!painted) return;
    gate.ready();
    return gate.unready;
  }, [painted, gate]);
  useEffect(() => {
    if (state.synced) deviceWorkspaces.update(info.id, wsKey, { title: doc.title });
  }, [state.synced, doc.title, info.id, wsKey]);
  const session = useMemo<WorkspaceSession>(
    () => ({ id: info.id, key: wsKey, role: info.role, canEdit: info.role !== "viewer", doc: { ...doc, title, metrics }, docReady: state.synced || answer !== null, points, connection, changes, today: clock.today, now: clock.now, holdSocket: gate.hold }),
    [info.id, info.role, wsKey, doc, title, metrics, state.synced, answer, points, connection, changes, clock, gate],
  );
  return (
    <WorkspaceSessionContext.Provider value={session}>
      <div className="page-frame ws-page">
        <WorkspaceHeader view={view} />
        <main className="ws-main" id="ws-main">
          <ErrorBoundary name={`workspace-${view}`}>
            <WorkspaceViewBody view={view} />
          </ErrorBoundary>
        </main>
      </div>
    </WorkspaceSessionContext.Provider>
  );
}
