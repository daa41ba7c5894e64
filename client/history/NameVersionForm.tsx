import { useState } from "react";
import { useT } from "../i18n/useT";
import { nameVersion, type HistoryScope } from "./historyApi";

/** "Name this version": saves the map as it is now under a label (H2, editors). */
export function NameVersionForm({ mapId, mapKey, who, onSaved, scope }: { mapId: string; mapKey: string; who: string | undefined; onSaved(): void; scope?: HistoryScope }) {
  const t = useT();
  const [label, setLabel] = useState("");
  const [note, setNote] = useState<string | null>(null);
  const save = async () => {
    const trimmed = label.trim();
    if (!trimmed) return;
    try {
      await nameVersion(mapId, mapKey, trimmed.slice(0, 120), who, scope);
      setNote(t("history.name.saved", { label: trimmed }));
      setLabel("");
      onSaved();
    } catch (e) {
      setNote(t("history.failed", { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <form
      className="dso-add"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <input aria-label={t("history.name.label")} placeholder={t("history.name.placeholder")} maxLength={120} value={label} onChange={(e) => setLabel(e.target.value)} />
      <button type="submit" disabled={label.trim() === ""}>
        {t("history.name.save")}
      </button>
      {note && (
        <span role="status" className="dso-muted">
          {note}
        </span>
      )}
    </form>
  );
}
