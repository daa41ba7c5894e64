import { lazy, Suspense } from "react";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { Loading } from "../ui/Loading";

// The editors are downloaded when a card or link is first selected: a map opens without them.
const CardInspector = lazy(() => import("./CardInspector").then((m) => ({ default: m.CardInspector })));
const LinkInspector = lazy(() => import("./LinkInspector").then((m) => ({ default: m.LinkInspector })));

/** The side panel's "Details": the selected card's or link's fields, or what to do when nothing is selected. */
export function Inspector() {
  const t = useT();
  // Only the selected card or link (by identity): an edit of another card does not render the details.
  const card = useMap((s) => (s.selection.length === 1 ? s.journey.cards.find((c) => c.id === s.selection[0]) : undefined), Object.is);
  const count = useMap((s) => s.selection.length);
  const link = useMap((s) => (s.selection.length === 0 && s.selectedLinks.length === 1 ? s.journey.links?.find((l) => l.id === s.selectedLinks[0]) : undefined), Object.is);
  const canEdit = useMap((s) => s.canEdit);
  const selectLinks = useMap((s) => s.selectLinks);
  if (card) {
    return (
      <Suspense fallback={<Loading />}>
        <CardInspector card={card} />
      </Suspense>
    );
  }
  if (count > 1) return <p className="muted">{t("editor.inspector.many", { count })}</p>;
  if (link) {
    return (
      <Suspense fallback={<Loading />}>
        <LinkInspector link={link} onDeleted={() => selectLinks([])} />
      </Suspense>
    );
  }
  return (
    <div className="inspector-empty">
      <p>{t("editor.inspector.empty")}</p>
      {canEdit && <p className="muted small">{t("editor.inspector.tips")}</p>}
    </div>
  );
}
