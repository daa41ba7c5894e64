import { useT } from "../i18n/useT";
import { useMapSession } from "../map/useMapSession";
import { CardInspector } from "./CardInspector";
import { LinkInspector } from "./LinkInspector";

/** The side panel's "Details": the selected card's or link's fields, or what to do when nothing is selected. */
export function Inspector({ selectedLinks, onSelectLinks }: { selectedLinks: readonly string[]; onSelectLinks(ids: string[]): void }) {
  const t = useT();
  const session = useMapSession();
  const { journey, selection } = session;
  if (selection.length === 1) {
    const card = journey.cards.find((c) => c.id === selection[0]);
    if (card) return <CardInspector card={card} />;
  }
  if (selection.length > 1) return <p className="muted">{t("editor.inspector.many", { count: selection.length })}</p>;
  if (selectedLinks.length === 1) {
    const link = journey.links?.find((l) => l.id === selectedLinks[0]);
    if (link) return <LinkInspector link={link} onDeleted={() => onSelectLinks([])} />;
  }
  return (
    <div className="inspector-empty">
      <p>{t("editor.inspector.empty")}</p>
      {session.canEdit && <p className="muted small">{t("editor.inspector.tips")}</p>}
    </div>
  );
}
