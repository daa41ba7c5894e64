/**
 * The map's first paint (SPEC.md KB24): the grid of stages x lanes, the emotion curve and the
 * cards, read-only, in plain HTML and SVG, from the journey the server exported. It uses the
 * canvas's own layout (`gridLayout`), first view (`initialViewport`) and card styles, so every
 * card sits where React Flow puts it once the live editor has loaded: no React Flow, no Yjs.
 */
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Journey } from "../../shared/schema/journey";
import type { Card } from "../../shared/schema/card";
import type { Team } from "../../shared/schema/team";
import { emotionByStage } from "../../shared/dso/emotion";
import type { MessageKey } from "../i18n/catalogue";
import { useT } from "../i18n/useT";
import { emotionCurve, emotionTone, emotionY, signedEmotion } from "./emotionCurve";
import { CARD_H, CARD_W, EMOTION_BAND_H, LANE_HEADER_W, STAGE_HEADER_H, cellKey, gridLayout, visibleRange } from "./gridLayout";
import { Icon } from "./icons";
import { initialViewport } from "./initialViewport";

/** The headers' distance from the pane's top in the first view (MapCanvas places the editor's the same way). */
export const FIRST_VIEW_TOP = 20;

/** A view of the canvas (React Flow's viewport). */
export interface CanvasView {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/**
 * The view each painted journey was last shown at: the editor takes it as its first view, so
 * the cards stay where the paint showed them.
 */
const shownViews = new WeakMap<object, CanvasView>();

/** The view `journey` was last painted at, if it was painted. */
export function firstPaintView(journey: object): CanvasView | undefined {
  return shownViews.get(journey);
}

/** The journey fields the first paint draws. */
export type PaintedJourney = Pick<Journey, "stages" | "lanes" | "cards"> & { readonly teams?: readonly Team[] };

/** A card as the canvas draws it, without its editing tools, badges or link handles. */
function StaticCard({ card, team }: { card: Card; team: Team | undefined }) {
  const t = useT();
  const kindLabel = t(`editor.kind.${card.kind}` as MessageKey);
  const style = team?.color ? ({ "--team": team.color } as React.CSSProperties) : undefined;
  return (
    <div className={`card card-${card.kind}${team ? " has-team" : ""}`} style={style} role="group" aria-label={t("editor.card", { kind: kindLabel, title: card.title })}>
      <div className="card-top">
        <span className="card-kind">
          <Icon name={card.kind} />
          {kindLabel}
        </span>
        {card.kind === "painPoint" && card.severity !== undefined && (
          <span className="severity" role="img" aria-label={t("editor.severity", { value: card.severity })}>
            {[1, 2, 3, 4, 5].map((i) => (
              <span key={i} className={i <= (card.severity ?? 0) ? "sev-on" : "sev-off"} />
            ))}
          </span>
        )}
        {card.channel && (
          <span className="card-channel" title={t(`editor.channel.${card.channel}` as MessageKey)}>
            <Icon name={card.channel} />
          </span>
        )}
      </div>
      <div className="card-title" dir="auto">
        {card.title}
      </div>
      <div className="card-foot">
        {team && (
          <span className="chip chip-team" title={team.name}>
            <span className="team-dot" />
            <span className="chip-text">{team.name}</span>
          </span>
        )}
        {card.emotion !== undefined && <span className={`chip chip-emotion chip-emotion-${emotionTone(card.emotion)}`}>{signedEmotion(card.emotion)}</span>}
        {card.votes !== undefined && card.votes > 0 && (
          <span className="chip chip-votes">
            <span className="vote-dot" aria-hidden="true" />
            {card.votes}
          </span>
        )}
      </div>
    </div>
  );
}

/** The indexes of an inclusive range (`[0, -1]` is empty). */
function indexes([from, to]: readonly [number, number]): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/**
 * The static canvas, filling its positioned parent (the editor's `.canvas-flow` box or the
 * first paint's own). It measures that box and places the journey as `MapCanvas` does.
 * `editable`: the editor's headers will carry tools for this person (their room is kept).
 * `hold`: the live map is taking over; the view stays as it is while the page around it changes.
 */
export function StaticMapCanvas({ journey, editable, hold = false }: { journey: PaintedJourney; editable: boolean; hold?: boolean }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [pane, setPane] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setPane((old) => (old && old.width === el.clientWidth && old.height === el.clientHeight ? old : { width: el.clientWidth, height: el.clientHeight }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const layout = useMemo(() => gridLayout(journey), [journey]);
  const teams = useMemo(() => new Map((journey.teams ?? []).map((team) => [team.id, team])), [journey]);
  const emotion = useMemo(() => {
    const means = emotionByStage(journey).map((e) => e.mean);
    return emotionCurve(
      layout.stages.map((s, i) => ({ x: s.x + s.width / 2, emotion: means[i] ?? null })),
      EMOTION_BAND_H,
    );
  }, [journey, layout]);
  // The first view for the pane as it is now: the header rows above it may still be mounting.
  const fitted = useMemo(() => (pane && journey.stages.length + journey.lanes.length > 0 ? initialViewport(layout, pane, FIRST_VIEW_TOP) : null), [journey, layout, pane]);
  const view = (hold ? shownViews.get(journey) : undefined) ?? fitted;
  useLayoutEffect(() => {
    if (view && !hold) shownViews.set(journey, view);
  }, [journey, view, hold]);
  const bandWidth = Math.max(layout.width, LANE_HEADER_W + 1);
  // Like the canvas (`onlyRenderVisibleElements`), only what the first view shows: a big map has thousands of cards.
  const range = view && pane ? visibleRange(layout, [view.x, view.y, view.zoom], pane) : { stages: [0, -1] as const, lanes: [0, -1] as const };
  const stageIndexes = indexes(range.stages);
  const laneIndexes = indexes(range.lanes);
  const cardsById = useMemo(() => new Map(journey.cards.map((c) => [c.id, c])), [journey]);
  const shownCards = stageIndexes.flatMap((si) =>
    laneIndexes.flatMap((li) => layout.cells.get(cellKey(layout.stages[si]?.id ?? "", layout.lanes[li]?.id ?? "")) ?? []),
  );
  return (
    <div className="static-canvas" ref={box}>
      {view && (
        <div className="static-viewport" style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})` }}>
          <div className="grid" style={{ width: layout.width, height: layout.height }}>
            <div className="grid-corner" style={{ width: LANE_HEADER_W, height: STAGE_HEADER_H }} />
            {laneIndexes.map((li) =>
              stageIndexes.map((si) => {
                const stage = layout.stages[si];
                const lane = layout.lanes[li];
                return stage && lane ? <div key={`${stage.id}:${lane.id}`} className={`grid-cell${li % 2 === 1 ? " is-odd" : ""}`} style={{ left: stage.x, top: lane.y, width: stage.width, height: lane.height }} /> : null;
              }),
            )}
          </div>
          {stageIndexes.map((i) => {
            const stage = journey.stages[i];
            const col = layout.stages[i];
            return stage && col ? (
              <div key={stage.id} className="static-node header stage-header" style={{ left: col.x, top: 0, width: col.width, height: STAGE_HEADER_H }}>
                <span className="header-index">{i + 1}</span>
                <span className="header-name" dir="auto">{stage.name}</span>
              </div>
            ) : null;
          })}
          <div className="static-node emotion-band" style={{ left: 0, top: STAGE_HEADER_H, width: bandWidth, height: EMOTION_BAND_H }}>
            <div className="emotion-label" style={{ width: LANE_HEADER_W }}>
              <span className="header-name">{t("editor.emotion")}</span>
              <span className="muted small">{emotion.points.length > 0 ? t("editor.emotion.hint") : t("editor.emotion.none")}</span>
            </div>
            <svg className="emotion-svg" width={bandWidth} height={EMOTION_BAND_H} aria-hidden="true">
              <line x1={LANE_HEADER_W} x2={bandWidth} y1={emotionY(0, EMOTION_BAND_H)} y2={emotionY(0, EMOTION_BAND_H)} className="emotion-zero" />
              <path d={emotion.path} className="emotion-path" />
              {emotion.points.map((p, i) => (
                <circle key={i} cx={p.x} cy={emotionY(p.emotion, EMOTION_BAND_H)} r={7} className={`emotion-dot emotion-${emotionTone(p.emotion)}`} />
              ))}
            </svg>
          </div>
          {laneIndexes.map((i) => {
            const lane = journey.lanes[i];
            const row = layout.lanes[i];
            return lane && row ? (
              <div key={lane.id} className={`static-node header lane-header lane-${lane.kind}`} style={{ left: 0, top: row.y, width: LANE_HEADER_W, height: row.height }}>
                <span className="header-name" dir="auto">{lane.name}</span>
                {/* The lane's type menu takes this room in the editor (shown on hover): the name sits where it will. */}
                {editable && <span className="lane-kind static-lane-kind" />}
              </div>
            ) : null;
          })}
          {shownCards.map((id) => {
            const card = cardsById.get(id);
            const at = layout.cards.get(id);
            return card && at ? (
              <div key={card.id} className="static-node static-card" data-card-id={card.id} style={{ left: at.x, top: at.y, width: CARD_W, height: CARD_H }}>
                <StaticCard card={card} team={card.ownerTeamId === undefined ? undefined : teams.get(card.ownerTeamId)} />
              </div>
            ) : null;
          })}
        </div>
      )}
    </div>
  );
}
