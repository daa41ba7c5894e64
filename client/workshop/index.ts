/**
 * Workshop mode, as the map page mounts it (see client/CONTEXT.md):
 *
 * - `WorkshopHeader` in the map header: presence avatars (click to follow), the shared timer,
 *   dot voting, "everyone follow me", presenting; it also hosts the name dialog and the
 *   floating comment thread.
 * - `WorkshopCanvasLayer` inside `<ReactFlow>`: others' live cursors and selections, follow and
 *   presentation driving; it publishes my cursor and viewport.
 * - `CardWorkshopBadges` inside every card node: comments count, dots, tally;
 *   `CardWorkshopIndexProvider` around the canvas builds what they need once for all cards.
 * - `CommentsPanel` for one card (the inspector mounts it lazily; not re-exported here).
 *
 * All of them select what they show with `useMap(select)` and must render inside the map page's ReactFlowProvider.
 */
import "./workshop.css";

export { WorkshopHeader } from "./WorkshopHeader";
export { WorkshopCanvasLayer } from "./WorkshopCanvasLayer";
export { CardWorkshopBadges } from "./CardWorkshopBadges";
export { CardWorkshopIndexProvider } from "./CardWorkshopIndexProvider";
