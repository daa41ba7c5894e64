import { useState } from "react";
import type { Rotation } from "../../shared/schema/rotation";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { moveItem } from "./moveItem";
import { usePersonName } from "./usePersonName";
import { ToolIcon } from "../ui/ToolIcon";

/**
 * The rotation's roster: who takes the journey over in which order. Reorder by dragging a row
 * or with its "up"/"down" buttons (the keyboard path); add anyone not on it; remove (the last
 * person cannot be removed: a rotation needs someone, "Stop rotation" ends it instead).
 */
export function RosterEditor({ rotation, write }: { rotation: Rotation; write: (rotation: Rotation) => void }) {
  const session = useMap((s) => ({ canEdit: s.canEdit, journey: { people: s.journey.people } }));
  const t = useT();
  const [dragged, setDragged] = useState<number | null>(null);
  const [adding, setAdding] = useState("");
  const people = session.journey.people ?? [];
  const nameOf = usePersonName();
  const setOwners = (ownerIds: string[]) => write({ ...rotation, ownerIds });
  const notOnRoster = people.filter((p) => !rotation.ownerIds.includes(p.id));
  const last = rotation.ownerIds.length - 1;
  return (
    <div className="dso-roster">
      <h4>{t("dso.rotation.roster")}</h4>
      <p className="dso-explain">{t("dso.rotation.rosterExplain")}</p>
      <ol className="dso-list" aria-label={t("dso.rotation.roster")}>
        {rotation.ownerIds.map((id, index) => (
          <li
            key={`${id}:${index}`}
            className={dragged === index ? "dso-row dso-dragging" : "dso-row"}
            draggable={session.canEdit}
            onDragStart={(e) => {
              setDragged(index);
              e.dataTransfer.effectAllowed = "move";
              e.dataTransfer.setData("text/plain", String(index));
            }}
            onDragOver={(e) => {
              if (dragged !== null) e.preventDefault();
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (dragged !== null && dragged !== index) setOwners(moveItem(rotation.ownerIds, dragged, index));
              setDragged(null);
            }}
            onDragEnd={() => setDragged(null)}
          >
            {session.canEdit ? <span className="dso-grip"><ToolIcon name="grip" size={14} /></span> : null}
            <span className="dso-order">{index + 1}.</span>
            <span className="dso-grow">{nameOf(id)}</span>
            {session.canEdit ? (
              <>
                <button type="button" className="dso-quiet" disabled={index === 0} aria-label={t("dso.rotation.up", { person: nameOf(id) })} onClick={() => setOwners(moveItem(rotation.ownerIds, index, index - 1))}>
                  <ToolIcon name="up" size={14} />
                </button>
                <button type="button" className="dso-quiet" disabled={index === last} aria-label={t("dso.rotation.down", { person: nameOf(id) })} onClick={() => setOwners(moveItem(rotation.ownerIds, index, index + 1))}>
                  <ToolIcon name="down" size={14} />
                </button>
                <button
                  type="button"
                  className="dso-quiet"
                  disabled={rotation.ownerIds.length === 1}
                  aria-label={t("dso.rotation.removeFromRoster", { person: nameOf(id) })}
                  onClick={() => setOwners(rotation.ownerIds.filter((_, i) => i !== index))}
                >
                  <ToolIcon name="close" size={14} />
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {session.canEdit && notOnRoster.length > 0 ? (
        <div className="dso-add">
          <select aria-label={t("dso.rotation.addToRoster")} value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">{t("dso.rotation.pickPerson")}</option>
            {notOnRoster.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={adding === ""}
            onClick={() => {
              setOwners([...rotation.ownerIds, adding]);
              setAdding("");
            }}
          >
            {t("dso.rotation.addToRoster")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
