import { useState } from "react";
import { useMap } from "../map/useMap";
import { useT } from "../i18n/useT";
import { formatRemaining, timerDone, timerRemaining } from "../../shared/workshop/timer";
import { useWorkshopDoc } from "./useWorkshopDoc";
import { useNow } from "./useNow";
import { ToolIcon } from "../ui/ToolIcon";
import { mayControl } from "../../shared/workshop/control";
import { useFacilitator } from "./useFacilitator";

const MINUTES = [1, 2, 3, 5, 10, 15, 20, 30, 45, 60] as const;

/**
 * The shared countdown: the same for everyone within a second because the document holds the
 * agreed end time, not ticks. Editors start, pause and reset it; viewers see it. At zero it
 * glows gently and says so, without a sound.
 */
export function TimerControl() {
  const t = useT();
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, doc: s.doc, now: s.now }));
  const { timer, timerBy } = useWorkshopDoc(session.doc);
  const me = useFacilitator();
  // W16: an idle timer is anybody's; a running or paused one is run by whoever started it.
  const inCharge = timer.phase === "idle" || mayControl(timerBy, me);
  const now = useNow(session.now, timer.phase === "running");
  const [pickedMin, setPickedMin] = useState<number | null>(null);
  const remaining = timerRemaining(timer, now);
  const done = timerDone(timer, now);
  const minutes = Math.round(timer.durationMs / 60_000);
  const shownMin = pickedMin ?? minutes;
  const status =
    done ? t("workshop.timer.done") : timer.phase === "running" ? t("workshop.timer.running") : timer.phase === "paused" ? t("workshop.timer.paused") : t("workshop.timer.idle");

  const start = () => session.dispatch([{ type: "startTimer", now: session.now(), durationMs: shownMin * 60_000, by: me }], "workshop");
  const pause = () => session.dispatch([{ type: "pauseTimer", now: session.now(), by: me }], "workshop");
  const reset = () => {
    setPickedMin(null);
    session.dispatch([{ type: "resetTimer", durationMs: shownMin * 60_000, by: me }], "workshop");
  };

  return (
    <div className={`ws-timer ws-timer-${timer.phase}${done ? " ws-timer-done" : ""}`} role="group" aria-label={t("workshop.timer.label")}>
      <span className="ws-timer-icon"><ToolIcon name="timer" /></span>
      <output className="ws-timer-clock" data-testid="workshop-timer" aria-label={`${t("workshop.timer.label")}: ${formatRemaining(remaining)}, ${status}`} data-remaining-ms={remaining}>
        {formatRemaining(remaining)}
      </output>
      {done && <span className="ws-timer-status">{t("workshop.timer.done")}</span>}
      {session.canEdit && !inCharge && timerBy && (
        <button type="button" className="ws-btn ws-btn-small ws-btn-ghost" title={t("workshop.control.runBy", { name: timerBy.name })} onClick={() => session.dispatch([{ type: "takeOverTimer", by: me }], "workshop")}>
          {t("workshop.control.takeOverTimer")}
        </button>
      )}
      {session.canEdit && inCharge && (
        <>
          {timer.phase === "idle" && (
            <select
              className="ws-select"
              aria-label={t("workshop.timer.duration")}
              value={MINUTES.includes(shownMin as (typeof MINUTES)[number]) ? shownMin : ""}
              onChange={(e) => {
                const m = Number(e.target.value);
                setPickedMin(m);
                session.dispatch([{ type: "resetTimer", durationMs: m * 60_000, by: me }], "workshop");
              }}
            >
              {!MINUTES.includes(shownMin as (typeof MINUTES)[number]) && <option value="">{formatRemaining(timer.durationMs)}</option>}
              {MINUTES.map((m) => (
                <option key={m} value={m}>
                  {t("workshop.timer.minutes", { n: m })}
                </option>
              ))}
            </select>
          )}
          {timer.phase === "running" && !done ? (
            <button type="button" className="ws-btn ws-btn-small" onClick={pause} aria-label={t("workshop.timer.pauseName")}>
              {t("workshop.timer.pause")}
            </button>
          ) : (
            <button
              type="button"
              className="ws-btn ws-btn-small"
              onClick={start}
              aria-label={timer.phase === "paused" && !done ? t("workshop.timer.resumeName") : t("workshop.timer.startName")}
            >
              {timer.phase === "paused" && !done ? t("workshop.timer.resume") : t("workshop.timer.start")}
            </button>
          )}
          {timer.phase !== "idle" && (
            <button type="button" className="ws-btn ws-btn-small ws-btn-ghost" onClick={reset} aria-label={t("workshop.timer.resetName")}>
              {t("workshop.timer.reset")}
            </button>
          )}
        </>
      )}
    </div>
  );
}
