import { useState } from "react";
import { isCalendarDate } from "../../shared/schema/common";
import type { Rotation } from "../../shared/schema/rotation";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { OverridesEditor } from "./OverridesEditor";
import { RosterEditor } from "./RosterEditor";
import { UpcomingPeriods } from "./UpcomingPeriods";

const DEFAULT_CADENCE_DAYS = 14;

/**
 * The rotating journey owner: cadence, first day, roster, holidays and swaps, and the coming
 * periods. Every change writes the whole rotation (`setRotation`), one undo step each.
 */
export function RotationPanel() {
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, today: s.today, journey: { people: s.journey.people, rotation: s.journey.rotation } }));
  const t = useT();
  const rotation = session.journey.rotation;
  const write = (next: Rotation | null) => session.dispatch([{ type: "setRotation", rotation: next }]);
  return (
    <section className="dso-section" aria-labelledby="dso-rotation-title">
      <h3 id="dso-rotation-title">{t("dso.rotation.title")}</h3>
      <p className="dso-explain">{t("dso.rotation.explain")}</p>
      {rotation ? (
        <>
          <RotationSettings rotation={rotation} write={write} />
          <RosterEditor rotation={rotation} write={write} />
          <OverridesEditor rotation={rotation} write={write} />
          <UpcomingPeriods rotation={rotation} />
          {session.canEdit ? (
            <button type="button" className="dso-danger" onClick={() => write(null)}>
              {t("dso.rotation.stop")}
            </button>
          ) : null}
        </>
      ) : (
        <StartRotation start={write} />
      )}
    </section>
  );
}

function RotationSettings({ rotation, write }: { rotation: Rotation; write: (r: Rotation) => void }) {
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, today: s.today, journey: { people: s.journey.people, rotation: s.journey.rotation } }));
  const t = useT();
  const [cadence, setCadence] = useState<string | null>(null);
  const cadenceValue = cadence ?? String(rotation.cadenceDays);
  const cadenceNumber = Number(cadenceValue);
  const cadenceOk = Number.isInteger(cadenceNumber) && cadenceNumber >= 1 && cadenceNumber <= 365;
  const commitCadence = () => {
    if (cadence === null || !cadenceOk) return;
    setCadence(null);
    if (cadenceNumber !== rotation.cadenceDays) write({ ...rotation, cadenceDays: cadenceNumber });
  };
  return (
    <div className="dso-add dso-wrap">
      <label>
        {t("dso.rotation.cadence")}{" "}
        <input
          type="number"
          min={1}
          max={365}
          className="dso-narrow"
          value={cadenceValue}
          disabled={!session.canEdit}
          aria-invalid={cadenceOk ? undefined : true}
          onChange={(e) => setCadence(e.target.value)}
          onBlur={commitCadence}
          onKeyDown={(e) => {
            if (e.key === "Enter") commitCadence();
          }}
        />{" "}
        {t("dso.rotation.days")}
      </label>
      <label>
        {t("dso.rotation.startsOn")}{" "}
        <input
          type="date"
          value={rotation.startsOn}
          disabled={!session.canEdit}
          onChange={(e) => {
            if (isCalendarDate(e.target.value)) write({ ...rotation, startsOn: e.target.value });
          }}
        />
      </label>
      {!cadenceOk ? (
        <span className="dso-error" role="alert">
          {t("dso.rotation.badCadence")}
        </span>
      ) : null}
    </div>
  );
}

/** No rotation yet: explain it and offer to start one with everyone, from today. */
function StartRotation({ start }: { start: (r: Rotation) => void }) {
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, today: s.today, journey: { people: s.journey.people, rotation: s.journey.rotation } }));
  const t = useT();
  const people = session.journey.people ?? [];
  if (people.length === 0) return <p className="dso-hint">{t("dso.rotation.needPeople")}</p>;
  if (!session.canEdit) return <p className="dso-hint">{t("dso.rotation.none")}</p>;
  return (
    <div>
      <p className="dso-hint">{t("dso.rotation.none")}</p>
      <button
        type="button"
        onClick={() => start({ cadenceDays: DEFAULT_CADENCE_DAYS, startsOn: session.today, ownerIds: people.map((p) => p.id) })}
      >
        {t("dso.rotation.start", { count: DEFAULT_CADENCE_DAYS })}
      </button>
    </div>
  );
}
