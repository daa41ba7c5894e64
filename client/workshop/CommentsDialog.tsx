import { useEffect } from "react";
import { createPortal } from "react-dom";
import { useMap } from "../map/useMap";
import { useT } from "../i18n/useT";
import { useWorkshopUi } from "./workshopUi";
import { CommentsPanel } from "./CommentsPanel";
import { ToolIcon } from "../ui/ToolIcon";

/**
 * The floating comment thread of the card whose badge was clicked, at the right edge of the
 * page (outside the canvas, so it does not zoom). Escape or the close button closes it; it
 * closes by itself when the card is deleted.
 */
export function CommentsDialog() {
  const t = useT();
  const awareness = useMap((s) => s.awareness);
  const [ui, store] = useWorkshopUi(awareness);
  const card = useMap((s) => (ui.commentsCardId === null ? undefined : s.journey.cards.find((c) => c.id === ui.commentsCardId)));
  const close = () => store.update(() => ({ commentsCardId: null }));
  useEffect(() => {
    if (!card) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") store.update(() => ({ commentsCardId: null }));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, store]);
  if (!card) return null;
  return createPortal(
    <aside className="ws-comments-dialog" role="dialog" aria-label={t("workshop.comments.on", { title: card.title })}>
      <header className="ws-comments-dialog-head">
        <div>
          <div className="ws-muted ws-small">{t("workshop.comments.title")}</div>
          <h2 className="ws-comments-card">{card.title}</h2>
        </div>
        <button type="button" className="ws-btn ws-btn-ghost ws-btn-small" onClick={close} aria-label={t("common.close")}>
          <ToolIcon name="close" size={14} />
        </button>
      </header>
      <CommentsPanel cardId={card.id} />
    </aside>,
    document.body,
  );
}
