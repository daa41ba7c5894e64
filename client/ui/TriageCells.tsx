import { CARD_STATUSES, type CardStatus } from "../../shared/schema/card";
import { useT } from "../i18n/useT";

const SCALE = [1, 2, 3, 4, 5] as const;

/** What a backlog row's triage cells may change. */
export interface TriagePatch {
  status?: CardStatus;
  impact?: number;
  effort?: number;
}

/**
 * A backlog row's status, impact, effort and votes cells: selects for an editor, plain text
 * otherwise. The map's backlog and the workspace's central backlog share them.
 */
export function TriageCells({
  title,
  status,
  impact,
  effort,
  votes,
  canEdit,
  numClass,
  statusHeading,
  onEdit,
}: {
  /** The card's title, for the selects' accessible names. */
  title: string;
  status: CardStatus | null | undefined;
  impact: number | null | undefined;
  effort: number | null | undefined;
  votes: number | undefined;
  canEdit: boolean;
  /** The class of the number cells (each page aligns them its way). */
  numClass: string;
  /** The status column's heading, shown above the cell when the table is stacked on a phone. */
  statusHeading: string;
  onEdit: (patch: TriagePatch) => void;
}) {
  const t = useT();
  const scale = (value: number | null | undefined, label: string, patch: (v: number) => TriagePatch) =>
    canEdit ? (
      <select aria-label={label} value={value ?? ""} onChange={(e) => onEdit(patch(Number(e.target.value)))}>
        {value == null && <option value="">—</option>}
        {SCALE.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    ) : (
      (value ?? "—")
    );
  return (
    <>
      <td data-label={statusHeading}>
        {canEdit ? (
          <select aria-label={t("dso.backlog.statusOf", { title })} value={status ?? ""} onChange={(e) => onEdit({ status: e.target.value as CardStatus })}>
            {status == null && <option value="">—</option>}
            {CARD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`dso.cardStatus.${s}`)}
              </option>
            ))}
          </select>
        ) : status ? (
          t(`dso.cardStatus.${status}`)
        ) : (
          "—"
        )}
      </td>
      <td className={numClass} data-label={t("dso.backlog.impact")}>
        {scale(impact, t("dso.backlog.impactOf", { title }), (v) => ({ impact: v }))}
      </td>
      <td className={numClass} data-label={t("dso.backlog.effort")}>
        {scale(effort, t("dso.backlog.effortOf", { title }), (v) => ({ effort: v }))}
      </td>
      <td className={numClass} data-label={t("dso.backlog.votes")}>
        {votes ?? 0}
      </td>
    </>
  );
}
