import { lazy, Suspense, useState } from "react";
import { useMap } from "../map/useMap";
import { useT } from "../i18n/useT";
import { randomColor, useIdentity } from "./identity";
import { useWorkshopUi } from "./workshopUi";
import { usePresencePublisher } from "./usePresencePublisher";
import { PresenceBar } from "./PresenceBar";
import { FollowBanner } from "./FollowBanner";
import { TimerControl } from "./TimerControl";
import { VotingControls } from "./VotingControls";
import { PresentButton } from "./PresentButton";
import { IdentityDialog } from "./IdentityDialog";
import { FollowMeButton } from "./FollowMeButton";
import { withLaterMessages } from "../i18n/pageI18n";

const CommentsDialog = lazy(() => withLaterMessages(import("./CommentsDialog")).then((m) => ({ default: m.CommentsDialog })));

const LATER_KEY = "baton.workshop.identityLater";

function askedLater(): boolean {
  try {
    return window.sessionStorage.getItem(LATER_KEY) === "1";
  } catch {
    return false;
  }
}

/**
 * The workshop's part of the map header: who is here (click to follow), the shared timer,
 * dot voting, asking everyone to follow me, and presenting. It also publishes my presence
 * and hosts the name dialog and the floating comment thread.
 */
export function WorkshopHeader() {
  const t = useT();
  const awareness = useMap((s) => s.awareness);
  const presenting = useMap((s) => s.presenting);
  const [identity, setIdentity] = useIdentity();
  const [editing, setEditing] = useState(false);
  const [later, setLater] = useState(askedLater);
  const [defaultColor] = useState(randomColor);
  usePresencePublisher(awareness, identity, t("workshop.guest"));
  // The comment thread's code is downloaded when a thread is first opened.
  const [ui] = useWorkshopUi(awareness);
  const showDialog = editing || (identity === null && !later);
  return (
    <div className="ws-header" role="group" aria-label={t("workshop.label")}>
      <PresenceBar onEditMe={() => setEditing(true)} />
      {!presenting && <FollowMeButton />}
      <TimerControl />
      <VotingControls />
      <PresentButton />
      <FollowBanner />
      {ui.commentsCardId !== null && (
        <Suspense fallback={null}>
          <CommentsDialog />
        </Suspense>
      )}
      {showDialog && (
        <IdentityDialog
          initial={identity ?? { name: "", color: defaultColor }}
          firstVisit={identity === null}
          onSave={(next) => {
            setIdentity(next);
            setEditing(false);
          }}
          onClose={() => {
            setEditing(false);
            if (identity === null) {
              setLater(true);
              try {
                window.sessionStorage.setItem(LATER_KEY, "1");
              } catch {
                // Without sessionStorage the dialog simply asks again after a reload.
              }
            }
          }}
        />
      )}
    </div>
  );
}
