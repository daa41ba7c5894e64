/**
 * History on the map page (api.md "History"): the side view, the provider MapView wraps the
 * page in, the canvas's preview session and card marks, and the bar over a shown version.
 */
import { lazy } from "react";
// The sheet is here, not in the lazily loaded view: the canvas host and the preview bar use it from the start.
import "./history.css";
import type { SideView } from "../map/SidePanel";
import { withLaterMessages } from "../i18n/pageI18n";

export { CardMarksProvider, HistoryProvider, useCardMark, useHistory } from "./HistoryContext";
export { HistoryPreviewBar } from "./HistoryPreviewBar";

/** The History tab beside the map; its view is downloaded when the tab is first opened. */
export const HISTORY_VIEW: SideView = {
  id: "history",
  labelKey: "history.view",
  Component: lazy(() => withLaterMessages(import("./HistoryView")).then((m) => ({ default: m.HistoryView }))),
};
