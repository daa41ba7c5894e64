import { useState } from "react";
import type { KeyResult } from "../../shared/schema/okr";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { freshId } from "../flow/freshId";
import { parseNumberInput } from "./metricDraft";

/**
 * A new objective with its first key result (the format needs at least one) and its teams:
 * pick two or more teams to make it a shared objective.
 */
export function NewObjectiveForm() {
  const session = useMap((s) => ({ dispatch: s.dispatch, journey: { teams: s.journey.teams } }));
  const t = useT();
  const teams = session.journey.teams ?? [];
  const [objective, setObjective] = useState("");
  const [period, setPeriod] = useState("");
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [krTitle, setKrTitle] = useState("");
  const [baseline, setBaseline] = useState("");
  const [current, setCurrent] = useState("");
  const [target, setTarget] = useState("");
  const [tried, setTried] = useState(false);
  const numbers = { baseline: parseNumberInput(baseline), current: parseNumberInput(current), target: parseNumberInput(target) };
  const problems: string[] = [];
  if (objective.trim() === "") problems.push(t("dso.okr.needObjective"));
  if (teamIds.length === 0) problems.push(t("dso.okr.needTeam"));
  if (krTitle.trim() === "" || typeof numbers.target !== "number") problems.push(t("dso.okr.krNeeds"));
  if (numbers.baseline === null || numbers.current === null) problems.push(t("dso.metrics.error.number"));
  if (teams.length === 0) return <p className="dso-hint">{t("dso.okr.needTeams")}</p>;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problems.length > 0 || typeof numbers.target !== "number") return;
    const keyResult: KeyResult = { id: freshId(), title: krTitle.trim(), target: numbers.target };
    if (typeof numbers.baseline === "number") keyResult.baseline = numbers.baseline;
    if (typeof numbers.current === "number") keyResult.current = numbers.current;
    const okr = { id: freshId(), objective: objective.trim(), teamIds, keyResults: [keyResult], ...(period.trim() === "" ? {} : { period: period.trim() }) };
    session.dispatch([{ type: "addOkr", okr }]);
    setObjective("");
    setPeriod("");
    setTeamIds([]);
    setKrTitle("");
    setBaseline("");
    setCurrent("");
    setTarget("");
    setTried(false);
  };
  return (
    <form className="dso-section dso-new-okr" onSubmit={submit} aria-labelledby="dso-new-okr-title">
      <h3 id="dso-new-okr-title">{t("dso.okr.new")}</h3>
      <label className="dso-stack">
        {t("dso.okr.objective")}
        <input value={objective} maxLength={300} placeholder={t("dso.okr.objectivePlaceholder")} onChange={(e) => setObjective(e.target.value)} />
      </label>
      <label className="dso-stack">
        {t("dso.okr.period")}
        <input value={period} maxLength={40} placeholder="2026-Q4" onChange={(e) => setPeriod(e.target.value)} />
      </label>
      <fieldset className="dso-teams-pick">
        <legend>{t("dso.okr.teams")}</legend>
        {teams.map((team) => (
          <label key={team.id} className="dso-toggle">
            <input
              type="checkbox"
              checked={teamIds.includes(team.id)}
              onChange={(e) => setTeamIds(e.target.checked ? [...teamIds, team.id] : teamIds.filter((id) => id !== team.id))}
            />
            {team.name}
          </label>
        ))}
        <p className="dso-hint">{teamIds.length >= 2 ? t("dso.okr.willBeShared", { count: teamIds.length }) : t("dso.okr.sharedHint")}</p>
      </fieldset>
      <fieldset>
        <legend>{t("dso.okr.firstKr")}</legend>
        <label className="dso-stack">
          {t("dso.okr.krTitle")}
          <input value={krTitle} maxLength={300} placeholder={t("dso.okr.krPlaceholder")} onChange={(e) => setKrTitle(e.target.value)} />
        </label>
        <div className="dso-kr-numbers">
          <label>
            <span>{t("dso.okr.baseline")}</span>
            <input inputMode="decimal" value={baseline} onChange={(e) => setBaseline(e.target.value)} />
          </label>
          <label>
            <span>{t("dso.okr.current")}</span>
            <input inputMode="decimal" value={current} onChange={(e) => setCurrent(e.target.value)} />
          </label>
          <label>
            <span>{t("dso.okr.target")}</span>
            <input inputMode="decimal" value={target} onChange={(e) => setTarget(e.target.value)} />
          </label>
        </div>
      </fieldset>
      <button type="submit">{t("dso.okr.create")}</button>
      {tried && problems.length > 0 ? (
        <ul className="dso-error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
