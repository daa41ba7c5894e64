import { LinkSchema, type Link } from "../../shared/schema/link";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { ToolIcon } from "../ui/ToolIcon";
import { TextField } from "./TextField";

/** One link: where it goes, its optional label, delete. */
export function LinkInspector({ link, onDeleted }: { link: Link; onDeleted(): void }) {
  const t = useT();
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, presenting: s.presenting, journey: { cards: s.journey.cards } }));
  const disabled = !session.canEdit || session.presenting;
  const title = (id: string) => session.journey.cards.find((c) => c.id === id)?.title ?? id;
  return (
    <div className="inspector-form">
      <p className="muted small">{t("editor.link.fromTo", { from: title(link.from), to: title(link.to) })}</p>
      <TextField
        key={`label:${link.label ?? ""}`}
        label={t("editor.linkLabel")}
        value={link.label}
        schema={LinkSchema.shape.label}
        optional
        disabled={disabled}
        onCommit={(label) => session.dispatch([{ type: "updateLink", id: link.id, patch: { label } }])}
      />
      {!disabled && (
        <button
          type="button"
          className="btn btn-small btn-danger-quiet"
          onClick={() => {
            session.dispatch([{ type: "deleteLink", id: link.id }]);
            onDeleted();
          }}
        >
          <ToolIcon name="trash" />
          {t("editor.deleteLink")}
        </button>
      )}
    </div>
  );
}
