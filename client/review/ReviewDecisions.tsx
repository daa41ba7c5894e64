import { useState, type FormEvent } from "react";
import type { AgendaCard } from "../../shared/review/reviewAgenda";
import { isReviewRecord } from "../../shared/review/reviewPeriod";
import { TeamChip } from "../dso/TeamChip";
import { freshId } from "../flow/freshId";
import { useT } from "../i18n/useT";
import { ToolIcon } from "../ui/ToolIcon";
import { useWorkspaceDispatch } from "../workspace/useWorkspaceDispatch";
import { useWorkspaceSession } from "../workspace/WorkspaceSession";
import type { FinishState } from "./useFinishReview";

/**
 * RV10, RV11: the room's decisions of today and the form that records one (title, text, teams,
 * the cards picked on the agenda), then "Finish review". Viewers see the decisions only.
 */
export function ReviewDecisions(props: { cards: readonly AgendaCard[]; onUnpick(card: AgendaCard): void; onRecorded(): void; finish: { state: FinishState; finish(): void } }) {
  const t = useT();
  const session = useWorkspaceSession();
  const { dispatch, error } = useWorkspaceDispatch();
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const { teams, decisions } = session.doc;
  const ofToday = decisions.filter((d) => d.on === session.today && !isReviewRecord(d));
  const records = decisions.filter((d) => d.on === session.today && isReviewRecord(d));
  const record = (e: FormEvent) => {
    e.preventDefault();
    if (title.trim() === "") return;
    const cards = props.cards.map((c) => ({ mapId: c.mapId, cardId: c.cardId }));
    const decision = {
      id: freshId(),
      on: session.today,
      title: title.trim(),
      ...(text.trim() ? { text: text.trim() } : {}),
      ...(teamIds.length > 0 ? { teamIds } : {}),
      ...(cards.length > 0 ? { cards } : {}),
    };
    dispatch([{ type: "addDecision", decision }]);
    setTitle("");
    setText("");
    setTeamIds([]);
    props.onRecorded();
  };
  const { state } = props.finish;
  return (
    <aside className="rv-decisions" aria-labelledby="rv-decisions-h">
      <h3 id="rv-decisions-h">{t("review.decisions.title")}</h3>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {session.canEdit && (
        <form className="rv-decision-form" onSubmit={record} aria-label={t("review.decisions.form")}>
          <label className="rv-field">
            <span>{t("workspace.decisions.what")}</span>
            <input type="text" value={title} maxLength={300} required onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label className="rv-field">
            <span>{t("workspace.decisions.why")}</span>
            <textarea value={text} maxLength={5000} rows={3} onChange={(e) => setText(e.target.value)} />
          </label>
          {teams.length > 0 && (
            <fieldset className="rv-teams">
              <legend>{t("review.decisions.teams")}</legend>
              {teams.map((team) => (
                <label key={team.id} className="rv-check">
                  <input type="checkbox" checked={teamIds.includes(team.id)} onChange={(e) => setTeamIds((ids) => (e.target.checked ? [...ids, team.id] : ids.filter((x) => x !== team.id)))} />
                  {team.name}
                </label>
              ))}
            </fieldset>
          )}
          <div className="rv-picked">
            <span className="rv-picked-label">{t("review.decisions.cards")}</span>
            {props.cards.length === 0 ? (
              <span className="muted">{t("review.decisions.noCards")}</span>
            ) : (
              <ul className="rv-picked-list">
                {props.cards.map((c) => (
                  <li key={`${c.mapId}:${c.cardId}`} className="chip">
                    {c.title} <span className="muted">· {c.mapTitle}</span>
                    <button type="button" className="dso-quiet" aria-label={t("review.unpick", { title: c.title })} onClick={() => props.onUnpick(c)}>
                      <ToolIcon name="close" size={12} />
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <button type="submit" className="btn btn-primary">
            {t("workspace.decisions.add")}
          </button>
        </form>
      )}
      <h4>{t("review.decisions.today", { count: ofToday.length })}</h4>
      {ofToday.length === 0 ? (
        <p className="muted">{t("review.decisions.none")}</p>
      ) : (
        <ol className="rv-today" aria-label={t("review.decisions.todayList")}>
          {ofToday.map((d) => (
            <li key={d.id}>
              <strong>{d.title}</strong>
              {d.text && <p>{d.text}</p>}
              <div className="ws-chips">
                {(d.teamIds ?? []).map((id) => {
                  const team = teams.find((x) => x.id === id);
                  return team ? <TeamChip key={id} team={team} /> : null;
                })}
                {(d.cards ?? []).length > 0 && <span className="muted">{t("review.decisions.cardCount", { count: d.cards?.length ?? 0 })}</span>}
              </div>
            </li>
          ))}
        </ol>
      )}
      {session.canEdit && (
        <div className="rv-finish">
          <button type="button" className="btn" onClick={props.finish.finish} disabled={state.kind === "working"}>
            {t("review.finish")}
          </button>
          <p className="muted">{t("review.finish.explain")}</p>
          <FinishStatus state={state} />
          {records.length > 0 && state.kind === "idle" && <p className="ws-ok">{t("review.finish.already", { count: records.length })}</p>}
        </div>
      )}
    </aside>
  );
}

function FinishStatus({ state }: { state: FinishState }) {
  const t = useT();
  if (state.kind === "idle") return null;
  if (state.kind === "working") return <p aria-live="polite">{t("review.finish.working")}</p>;
  if (state.kind === "failed")
    return (
      <p role="alert" className="error-text">
        {t("review.finish.failed", { message: state.message })}
      </p>
    );
  return (
    <div aria-live="polite">
      <p className="ws-ok">{state.saved.length > 0 ? t("review.finish.saved", { journeys: state.saved.join(", ") }) : t("review.finish.noJourneys")}</p>
      {state.failed.map((f) => (
        <p key={f.title} role="alert" className="error-text">
          {t("review.finish.versionFailed", { title: f.title, message: f.message })}
        </p>
      ))}
    </div>
  );
}
