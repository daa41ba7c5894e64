import { mapHref } from "../app/route";
import { useT } from "../i18n/useT";
import { AppLink } from "../ui/AppLink";
import { useWorkspaceSession } from "./WorkspaceSession";

/** A card's title as a link to its journey (the workspace key opens every journey of it). */
export function CardLink({ mapId, cardId, title }: { mapId: string; cardId: string; title: string }) {
  const t = useT();
  const { key } = useWorkspaceSession();
  return (
    <AppLink href={mapHref(mapId, key)} className="ws-card-link" data-card-id={cardId} title={t("workspace.openJourney")}>
      {title}
    </AppLink>
  );
}
