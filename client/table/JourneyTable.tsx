import { memo, useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { TableCardRow } from "./TableCardRow";
import { TABLE_ROW_HEIGHT, tableSpans, type TableSpan } from "./tableWindow";
import "./table.css";

/** A row of the table's body: a stage's heading or a card. */
type BodyRow = { readonly kind: "stage"; readonly id: string; readonly name: string; readonly count: number } | { readonly kind: "card"; readonly id: string };

/** The table's rows: stages in order, each heading followed by its cards in grid order (lane, then card order). */
function tableRows(journey: { stages: readonly { id: string; name: string }[]; lanes: readonly { id: string }[]; cards: readonly { id: string; stageId: string; laneId: string }[] }): BodyRow[] {
  const laneIndex = new Map(journey.lanes.map((l, i) => [l.id, i]));
  const byStage = new Map<string, { id: string; order: number }[]>(journey.stages.map((s) => [s.id, []]));
  journey.cards.forEach((c, i) => byStage.get(c.stageId)?.push({ id: c.id, order: (laneIndex.get(c.laneId) ?? 0) * 1e6 + i }));
  return journey.stages.flatMap((stage) => {
    const cards = (byStage.get(stage.id) ?? []).sort((a, b) => a.order - b.order);
    return [{ kind: "stage" as const, id: stage.id, name: stage.name, count: cards.length }, ...cards.map((c) => ({ kind: "card" as const, id: c.id }))];
  });
}

const TITLE_FIELD = "input.journey-table-title";

/**
 * The journey as a table, the accessible alternative to the canvas and the quickest way to
 * edit many cards: one row per card, grouped by stage and ordered by lane, with its kind,
 * title, KPIs and owner team. Titles, places and owners are edited in place (commands, like
 * every other edit). The table renders again only when cards are added, removed or moved, or
 * when scrolling brings other rows into view; an edit of one card renders that card's row.
 * A long table renders only the rows in view (KB21, `tableWindow.ts`); the focused row always
 * stays rendered, and ArrowUp/ArrowDown in a title move to the card above or below.
 */
export const JourneyTable = memo(function JourneyTable({ id }: { id: string }) {
  const t = useT();
  const rows = useMap((s) => tableRows(s.journey));
  const cardCount = rows.length - rows.filter((r) => r.kind === "stage").length;
  const wrapRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  // The first row in view (in rows, not pixels: scrolling within a row renders nothing) and the view's height.
  const [view, setView] = useState({ firstRow: 0, height: 900 });
  const [focusedRow, setFocusedRow] = useState<number | null>(null);

  /** Pixels from the scroller's top to the table body's first row (the scroller is the table's offset parent). */
  const bodyTop = useCallback(() => {
    const head = headRef.current;
    const table = head?.parentElement;
    return head && table ? table.offsetTop + head.offsetTop + head.offsetHeight : 0;
  }, []);
  const measure = useCallback(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const firstRow = Math.floor(Math.max(0, wrap.scrollTop - bodyTop()) / TABLE_ROW_HEIGHT);
    const height = wrap.clientHeight;
    setView((v) => (v.firstRow === firstRow && v.height === height ? v : { firstRow, height }));
  }, [bodyTop]);
  useLayoutEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(wrap);
    return () => observer.disconnect();
  }, [measure]);

  const spans = tableSpans(rows.length, view.firstRow * TABLE_ROW_HEIGHT, view.height, focusedRow === null ? [] : [focusedRow]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if ((e.key !== "ArrowDown" && e.key !== "ArrowUp") || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (!(e.target instanceof HTMLInputElement) || !e.target.matches(TITLE_FIELD)) return;
    const from = Number(e.target.closest("tr")?.dataset.row);
    const step = e.key === "ArrowDown" ? 1 : -1;
    let to = from + step;
    while (rows[to]?.kind === "stage") to += step;
    if (!Number.isInteger(from) || !rows[to]) return;
    e.preventDefault();
    const wrap = wrapRef.current;
    if (wrap) {
      // Bring the row into view (below the sticky head), then focus it.
      const top = bodyTop() + to * TABLE_ROW_HEIGHT;
      const head = headRef.current?.offsetHeight ?? 0;
      if (top - head < wrap.scrollTop) wrap.scrollTop = top - head;
      else if (top + TABLE_ROW_HEIGHT > wrap.scrollTop + wrap.clientHeight) wrap.scrollTop = top + TABLE_ROW_HEIGHT - wrap.clientHeight;
    }
    // The row may be outside the window: render it (kept as the focused row) before focusing its title.
    flushSync(() => setFocusedRow(to));
    wrap?.querySelector<HTMLInputElement>(`tr[data-row="${to}"] ${TITLE_FIELD}`)?.focus();
  };
  const onFocus = (e: FocusEvent<HTMLTableElement>) => {
    const row = Number((e.target as HTMLElement).closest("tr")?.dataset.row);
    setFocusedRow(Number.isInteger(row) ? row : null);
  };

  return (
    <div className="journey-table-wrap" id={id} tabIndex={-1} role="region" aria-label={t("table.label")} ref={wrapRef} onScroll={measure}>
      {cardCount === 0 ? (
        <p className="muted journey-table-empty">{t("table.empty")}</p>
      ) : (
        <table className="journey-table" aria-rowcount={rows.length + 1} onKeyDown={onKeyDown} onFocus={onFocus}>
          <caption className="visually-hidden">{t("table.caption")}</caption>
          <thead ref={headRef}>
            <tr aria-rowindex={1}>
              <th scope="col">{t("table.col.card")}</th>
              <th scope="col">{t("table.col.kind")}</th>
              <th scope="col">{t("table.col.stage")}</th>
              <th scope="col">{t("table.col.lane")}</th>
              <th scope="col">{t("table.col.kpis")}</th>
              <th scope="col">{t("table.col.owner")}</th>
            </tr>
          </thead>
          {bodies(rows, spans, t)}
        </table>
      )}
    </div>
  );
});

/** Rows not rendered: one empty row of their height keeps the scroll bar and positions truthful. */
function GapRow({ rows }: { rows: number }) {
  return (
    <tr aria-hidden="true" className="journey-table-gap" style={{ height: rows * TABLE_ROW_HEIGHT }}>
      <td colSpan={6} />
    </tr>
  );
}

/**
 * The table's bodies for the spans to render: one `<tbody>` per stage with rendered rows, keyed
 * by the stage, so a card's row keeps its element (and focus) while the window moves; the rows
 * not rendered become a gap row at the end of the body before them (or a body of their own at
 * the start).
 */
function bodies(rows: readonly BodyRow[], spans: readonly TableSpan[], t: ReturnType<typeof useT>) {
  const out: { key: string; cells: ReactNode[] }[] = [];
  let stageId: string | null = null;
  for (const span of spans) {
    if (span.kind === "gap") {
      if (out.length === 0) out.push({ key: "gap-start", cells: [] });
      out[out.length - 1]!.cells.push(<GapRow key={`gap-${out[out.length - 1]!.cells.length}`} rows={span.rows} />);
      continue;
    }
    for (let index = span.from; index < span.to; index++) {
      const row = rows[index];
      if (!row) continue;
      const rowStage: string = row.kind === "stage" ? row.id : (stageId ?? stageOf(rows, index));
      if (rowStage !== stageId) {
        stageId = rowStage;
        out.push({ key: `stage-${rowStage}`, cells: [] });
      }
      out[out.length - 1]!.cells.push(
        row.kind === "stage" ? (
          <tr key={row.id} className="journey-table-stage" data-row={index} aria-rowindex={index + 2}>
            <th scope="rowgroup" colSpan={6}>
              {row.name} <span className="muted small">{t("table.stageCount", { count: row.count })}</span>
            </th>
          </tr>
        ) : (
          <TableCardRow key={row.id} cardId={row.id} row={index} />
        ),
      );
    }
  }
  return out.map((body) => (
    <tbody key={body.key} aria-hidden={body.key === "gap-start" ? true : undefined}>
      {body.cells}
    </tbody>
  ));
}

/** The id of the stage row `index` belongs to (the nearest stage heading above it). */
function stageOf(rows: readonly BodyRow[], index: number): string {
  for (let i = index; i >= 0; i--) {
    const row = rows[i];
    if (row?.kind === "stage") return row.id;
  }
  return "";
}
