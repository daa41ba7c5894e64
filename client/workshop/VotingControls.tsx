import { useId, useState } from "react";
import { useMap } from "../map/useMap";
import { useT } from "../i18n/useT";
import { DEFAULT_BUDGET, MAX_BUDGET, dotsLeft, tally, VOTE_TARGETS, type VoteTarget } from "../../shared/workshop/voting";
import { useWorkshopDoc } from "./useWorkshopDoc";
import { voterToken } from "./voterToken";
import { freshId } from "../flow/freshId";
import { ToolIcon } from "../ui/ToolIcon";
import { mayControl } from "../../shared/workshop/control";
import { useFacilitator } from "./useFacilitator";

/**
 * The facilitator's dot-voting controls in the header. Anyone who may edit can start a round and
 * then runs it (W15: others see "Run by Lea" and may take over):
 * choose pain points, opportunities or both, the dots per person, and whether tallies stay
 * hidden until reveal. While a round runs everyone sees their dots left; ending it adds the
 * totals to the cards' votes (see shared/workshop/voting.ts).
 */
export function VotingControls() {
  const t = useT();
  const session = useMap((s) => ({ canEdit: s.canEdit, canTakePart: s.canTakePart, dispatch: s.dispatch, doc: s.doc, mapId: s.mapId, presenting: s.presenting }));
  const { round, ballots, roundBy } = useWorkshopDoc(session.doc);
  const me = useFacilitator();
  const [setupOpen, setSetupOpen] = useState(false);

  if (!round) {
    if (!session.canEdit || session.presenting) return null;
    return (
      <div className="ws-voting">
        <button type="button" className="ws-btn ws-btn-small" aria-expanded={setupOpen} onClick={() => setSetupOpen((o) => !o)}>
          <ToolIcon name="vote" />
          {t("workshop.vote.start")}
        </button>
        {setupOpen && <RoundSetup onClose={() => setSetupOpen(false)} />}
      </div>
    );
  }

  const mine = ballots.get(voterToken(session.mapId, round.id)) ?? {};
  const left = dotsLeft(round, mine);
  const dots = [...tally(ballots.values()).values()].reduce((a, b) => a + b, 0);
  const roundId = round.id;
  const act = (type: "revealVoteRound" | "endVoteRound" | "cancelVoteRound") => session.dispatch([{ type, roundId, by: me }], "workshop");
  // W15: the person who started the round runs it; others see who does and may take over.
  const inCharge = mayControl(roundBy, me);

  return (
    <div className="ws-voting ws-voting-active" role="group" aria-label={t("workshop.vote.roundOn", { target: t(`workshop.vote.target.${round.target}`) })}>
      <span className="ws-voting-title" title={t(`workshop.vote.target.${round.target}`)}>
        <ToolIcon name="vote" />
      </span>
      {round.phase === "open" ? (
        <span className="ws-voting-left" data-testid="dots-left" aria-live="polite">
          {session.canTakePart ? t("workshop.vote.left", { left, count: round.budget }) : t("workshop.vote.viewerWatching")}
        </span>
      ) : (
        <span className="ws-voting-left">{t("workshop.vote.revealed", { count: dots })}</span>
      )}
      {session.canEdit && !inCharge && roundBy && (
        <>
          <span className="ws-voting-by">{t("workshop.control.runBy", { name: roundBy.name })}</span>
          <button type="button" className="ws-btn ws-btn-small ws-btn-ghost" title={t("workshop.control.takeOverHelp")} onClick={() => session.dispatch([{ type: "takeOverVoteRound", roundId, by: me }], "workshop")}>
            {t("workshop.control.takeOverRound")}
          </button>
        </>
      )}
      {session.canEdit && inCharge && (
        <>
          {round.phase === "open" && (
            <button type="button" className="ws-btn ws-btn-small" onClick={() => act("revealVoteRound")}>
              {t("workshop.vote.reveal")}
            </button>
          )}
          <button type="button" className="ws-btn ws-btn-small ws-btn-primary" title={t("workshop.vote.endHelp")} onClick={() => act("endVoteRound")}>
            {t("workshop.vote.end")}
          </button>
          <button type="button" className="ws-btn ws-btn-small ws-btn-ghost" title={t("workshop.vote.cancelHelp")} onClick={() => act("cancelVoteRound")}>
            {t("workshop.vote.cancel")}
          </button>
        </>
      )}
    </div>
  );
}

function RoundSetup({ onClose }: { onClose(): void }) {
  const t = useT();
  const session = useMap((s) => ({ canEdit: s.canEdit, canTakePart: s.canTakePart, dispatch: s.dispatch, doc: s.doc, mapId: s.mapId, presenting: s.presenting }));
  const me = useFacilitator();
  const id = useId();
  const [target, setTarget] = useState<VoteTarget>("both");
  const [budget, setBudget] = useState(DEFAULT_BUDGET);
  const [hidden, setHidden] = useState(true);
  const start = () => {
    const safe = Math.min(MAX_BUDGET, Math.max(1, Math.round(budget) || DEFAULT_BUDGET));
    session.dispatch([{ type: "startVoteRound", round: { id: freshId(), target, budget: safe, hidden }, by: me }], "workshop");
    onClose();
  };
  return (
    <form
      className="ws-popover"
      aria-label={t("workshop.vote.setup")}
      onSubmit={(e) => {
        e.preventDefault();
        start();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <fieldset className="ws-fieldset">
        <legend>{t("workshop.vote.on")}</legend>
        {VOTE_TARGETS.map((v) => (
          <label key={v} className="ws-radio">
            <input type="radio" name={`${id}-target`} value={v} checked={target === v} onChange={() => setTarget(v)} />
            {t(`workshop.vote.target.${v}`)}
          </label>
        ))}
      </fieldset>
      <label className="ws-field">
        {t("workshop.vote.budget")}
        <input type="number" min={1} max={MAX_BUDGET} value={budget} onChange={(e) => setBudget(Number(e.target.value))} />
      </label>
      <label className="ws-check">
        <input type="checkbox" checked={hidden} onChange={(e) => setHidden(e.target.checked)} />
        {t("workshop.vote.hidden")}
      </label>
      <div className="ws-popover-actions">
        <button type="button" className="ws-btn ws-btn-ghost" onClick={onClose}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="ws-btn ws-btn-primary">
          {t("workshop.vote.begin")}
        </button>
      </div>
    </form>
  );
}
