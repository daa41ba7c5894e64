import { useState } from "react";
import { useT } from "../i18n/useT";
import { useMap } from "./useMap";
import { useLiveMapHere } from "./useLiveMapHere";

/** "N items could not be shown", expandable to the list of what the reader skipped and why. */
export function ProblemsNotice() {
  const t = useT();
  const problems = useMap((s) => s.problems);
  const here = useLiveMapHere();
  const [open, setOpen] = useState(false);
  // A document still empty (not synced, no copy on this device) has nothing to report yet (KB24).
  if (problems.length === 0 || !here) return null;
  const summary = t("map.problems", { count: problems.length });
  return (
    <div className="notice notice-warn" role="status">
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {summary}
      </button>
      {open && (
        <div className="problem-list">
          <p>{t("map.problems.intro")}</p>
          <ul>
            {problems.slice(0, 200).map((p, i) => (
              <li key={i}>
                <code>{t("editor.problem.item", { collection: p.collection, id: p.id, message: p.message })}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
