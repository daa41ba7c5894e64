import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { NewObjectiveForm } from "./NewObjectiveForm";
import { ObjectiveCard } from "./ObjectiveCard";

/** Shared OKRs: what the teams want to achieve together on this journey, and how far they are. */
export function OkrsView() {
  const session = useMap((s) => ({ canEdit: s.canEdit, journey: { okrs: s.journey.okrs } }));
  const t = useT();
  const okrs = session.journey.okrs ?? [];
  return (
    <div className="dso-view">
      <section className="dso-section">
        <h2>{t("dso.okr.title")}</h2>
        <p className="dso-explain">{t("dso.okr.explain")}</p>
        <p className="dso-explain">{t("dso.okr.progressRule")}</p>
        {okrs.length === 0 ? <p className="dso-hint">{t("dso.okr.empty")}</p> : null}
      </section>
      {okrs.map((okr) => (
        <ObjectiveCard key={okr.id} okr={okr} />
      ))}
      {session.canEdit ? <NewObjectiveForm /> : null}
    </div>
  );
}
