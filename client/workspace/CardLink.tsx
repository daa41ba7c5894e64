import { mapHref } from "../app/route";
import { useT } from "../i18n/useT";
import { AppLink } from "../ui/AppLink";
import { useWorkspaceSession } from "./WorkspaceSession";

/** A card's title as a link to its journey (the workspace key opens every journey of it). */
export function CardLink({ mapId, cardId, title }: { mapId: string; cardId: string; title: string }) {
  const t = useT();
  const { key } = useWorkspaceSession();
  return <CardLinkTo mapId={mapId} cardId={cardId} title={title} wsKey={key} hint={t("workspace.openJourney")} />;
}

/** {@link CardLink} with the workspace key and its hint given: a long list asks for them once, not once per row. */
export function CardLinkTo({ mapId, cardId, title, wsKey, hint }: { mapId: string; cardId: string; title: string; wsKey: string; hint: string }) {
  return (
    <AppLink href={mapHref(mapId, wsKey)} className="ws-card-link" data-card-id={cardId} title={hint}>
      {title}
    </AppLink>
  );
}
