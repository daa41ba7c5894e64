import { useState } from "react";
import type { Okr } from "../../shared/schema/okr";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { freshId } from "../flow/freshId";
import { InlineText } from "./InlineText";
import { KeyResultRow } from "./KeyResultRow";
import { useSeriesKeyResults } from "../kpi/useSeriesKeyResults";
import { parseNumberInput } from "./metricDraft";
import { ProgressBar } from "./ProgressBar";
import { isShared, objectiveProgress } from "../../shared/dso";
import { TeamChip } from "./TeamChip";
import { teamColor } from "./teamPalette";
import { ToolIcon } from "../ui/ToolIcon";

/**
 * One objective: its text, period and teams (two or more make it shared, which the badge and
 * the colour stripe show), the roll-up of its key results, and the key results themselves.
 */
export function ObjectiveCard({ okr }: { okr: Okr }) {
  const measured = useSeriesKeyResults(okr);
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, journey: { teams: s.journey.teams } }));
  const t = useT();
  const teams = session.journey.teams ?? [];
  const own = okr.teamIds.map((id) => teams.find((team) => team.id === id)).filter((team) => team !== undefined);
  const shared = isShared(okr);
  const addable = teams.filter((team) => !okr.teamIds.includes(team.id));
  const disabled = !session.canEdit;
  const stripe = own.map((team, i) => `${teamColor(team)} ${(i / own.length) * 100}% ${((i + 1) / own.length) * 100}%`).join(", ");
  return (
    <article className="dso-okr" aria-label={okr.objective}>
      <div className="dso-okr-stripe" style={{ background: `linear-gradient(90deg, ${stripe})` }} aria-hidden="true" />
      <div className="dso-row dso-okr-head">
        <InlineText multiline className="dso-grow dso-okr-title" value={okr.objective} label={t("dso.okr.objective")} maxLength={300} disabled={disabled} onCommit={(objective) => session.dispatch([{ type: "updateOkr", id: okr.id, patch: { objective } }])} />
        {shared ? (
          <span className="dso-pill dso-shared" title={t("dso.okr.sharedHelp")}>
            {t("dso.okr.shared", { count: okr.teamIds.length })}
          </span>
        ) : null}
        {session.canEdit ? (
          <button type="button" className="dso-quiet dso-okr-delete" aria-label={t("dso.okr.delete", { objective: okr.objective })} title={t("dso.okr.delete", { objective: okr.objective })} onClick={() => session.dispatch([{ type: "deleteOkr", id: okr.id }])}>
            <ToolIcon name="trash" size={15} />
          </button>
        ) : null}
      </div>
      <div className="dso-row dso-wrap">
        <label className="dso-muted">
          {t("dso.okr.period")}{" "}
          <InlineText className="dso-narrow" value={okr.period ?? ""} required={false} label={t("dso.okr.period")} maxLength={40} disabled={disabled} onCommit={(period) => session.dispatch([{ type: "updateOkr", id: okr.id, patch: { period: period === "" ? null : period } }])} />
        </label>
        {own.map((team) => (
          <TeamChip
            key={team.id}
            team={team}
            onRemove={session.canEdit && okr.teamIds.length > 1 ? () => session.dispatch([{ type: "updateOkr", id: okr.id, patch: { teamIds: okr.teamIds.filter((id) => id !== team.id) } }]) : undefined}
            removeLabel={t("dso.okr.removeTeam", { team: team.name })}
          />
        ))}
        {session.canEdit && addable.length > 0 ? (
          <select
            aria-label={t("dso.okr.addTeam")}
            value=""
            onChange={(e) => {
              if (e.target.value !== "") session.dispatch([{ type: "updateOkr", id: okr.id, patch: { teamIds: [...okr.teamIds, e.target.value] } }]);
            }}
          >
            <option value="">{t("dso.okr.addTeam")}</option>
            {addable.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      <div className="dso-rollup">
        <span>{t("dso.okr.rollup", { count: okr.keyResults.length })}</span>
        <ProgressBar value={objectiveProgress(measured.okr)} label={t("dso.okr.rollupOf", { objective: okr.objective })} />
      </div>
      <ul className="dso-krs">
        {okr.keyResults.map((kr) => (
          <KeyResultRow key={kr.id} okrId={okr.id} keyResult={kr} deletable={okr.keyResults.length > 1} fromSeries={measured.fromSeries.get(kr.id)} />
        ))}
      </ul>
      {session.canEdit && okr.keyResults.length < 20 ? <AddKeyResult okrId={okr.id} /> : null}
    </article>
  );
}

function AddKeyResult({ okrId }: { okrId: string }) {
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, journey: { teams: s.journey.teams } }));
  const t = useT();
  const [title, setTitle] = useState("");
  const [target, setTarget] = useState("");
  const [tried, setTried] = useState(false);
  const targetNumber = parseNumberInput(target);
  const ok = title.trim() !== "" && typeof targetNumber === "number";
  return (
    <form
      className="dso-add dso-wrap"
      aria-label={t("dso.okr.addKr")}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!ok) return;
        session.dispatch([{ type: "addKeyResult", okrId, keyResult: { id: freshId(), title: title.trim(), target: targetNumber } }]);
        setTitle("");
        setTarget("");
        setTried(false);
      }}
    >
      <input aria-label={t("dso.okr.newKrTitle")} placeholder={t("dso.okr.newKrTitle")} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
      <input className="dso-narrow" aria-label={t("dso.okr.newKrTarget")} placeholder={t("dso.okr.target")} inputMode="decimal" value={target} onChange={(e) => setTarget(e.target.value)} />
      <button type="submit">{t("dso.okr.addKr")}</button>
      {tried && !ok ? (
        <span className="dso-error" role="alert">
          {t("dso.okr.krNeeds")}
        </span>
      ) : null}
    </form>
  );
}
