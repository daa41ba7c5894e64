import type { ChangeSummary } from "../../shared/history/summarizeChange";
import type { MessageKey, MessageParams } from "../i18n/catalogue";
import type { HistoryAuthor } from "./historyApi";

type T = (key: MessageKey, params?: MessageParams) => string;

/** "Ana", or "someone (editor)" when the page announced no name. */
export function authorText(t: T, a: HistoryAuthor): string {
  return a.name ?? t("history.someone", { role: t(`history.role.${a.role}` as MessageKey) });
}

/** A summary in one line: "Cards: +2 ~1 −6 · Stages: −1 …", or "No change to the map". */
export function summaryText(t: T, s: ChangeSummary): string {
  const c = s.cards;
  const parts: string[] = [];
  if (c.added.length + c.changed.length + c.removed.length > 0) {
    parts.push(t("history.summary.cards", { added: c.added.length, changed: c.changed.length, removed: c.removed.length }));
  }
  const stages = [...s.stages.added.map((x) => `+${x.title}`), ...s.stages.removed.map((x) => `−${x.title}`)];
  if (stages.length > 0) parts.push(t("history.summary.stages", { names: stages.join(", ") }));
  if (s.other.length > 0) parts.push(t("history.summary.other", { parts: s.other.map((p) => t(`history.part.${p}` as MessageKey)).join(", ") }));
  return parts.length > 0 ? parts.join(" · ") : t("history.summary.none");
}
