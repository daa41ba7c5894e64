/**
 * The agenda of a cross-functional review, built from the workspace's data for a period
 * (shared/review/RULES.md RV1-RV9): KPIs that went off target or moved most, touchpoints overdue
 * for review, handovers, the top of the central backlog and pain points new since the last
 * review. Pure: today and the period are arguments; the inputs are the workspace's projections
 * (the touchpoints, backlog and rotations endpoints) and its document (series, decisions).
 */
import { addDays } from "../dso/days";
import { kpiAgenda, MOVED_MOST, type AgendaCard, type AgendaSeries, type AgendaTouchpoint, type KpiAgendaItem } from "./kpiMovements";
import { lastReviewDay, type ReviewPeriod } from "./reviewPeriod";

export type { AgendaCard, AgendaSeries, AgendaTouchpoint, KpiAgendaItem } from "./kpiMovements";

/** A central backlog item (WA9) with its creation day (D14), `null` when unknown. */
export interface AgendaBacklogItem {
  readonly mapId: string;
  readonly mapTitle: string;
  readonly cardId: string;
  readonly kind: "painPoint" | "opportunity";
  readonly title: string;
  readonly stageName: string;
  readonly ownerTeamId: string | null;
  readonly status: "open" | "inProgress" | "done" | null;
  readonly priority: number;
  readonly createdOn?: string | null;
}

/** One journey's rotation periods (WA10's rotations). */
export interface AgendaRotation {
  readonly mapId: string;
  readonly mapTitle: string;
  readonly periods: readonly { readonly start: string; readonly end: string; readonly ownerId: string | null; readonly cover?: true }[];
}

/** A decision of the log, as far as the agenda reads it. */
export interface AgendaDecision {
  readonly on: string;
}

/** A handover of a journey (RV7). */
export interface HandoverItem {
  readonly mapId: string;
  readonly mapTitle: string;
  /** The first day of the new owner. */
  readonly on: string;
  /** The last day of a cover stretch; `null` for a regular handover. */
  readonly until: string | null;
  readonly fromOwnerId: string | null;
  readonly toOwnerId: string | null;
  readonly cover: boolean;
}

/** Everything the agenda is built from. */
export interface AgendaInput {
  readonly period: ReviewPeriod;
  /** The day the review is held. */
  readonly today: string;
  readonly series: readonly AgendaSeries[];
  /** Touchpoints with their review state on asOf (RV6). */
  readonly touchpoints: readonly AgendaTouchpoint[];
  /** The central backlog in its order (WA9). */
  readonly backlog: readonly AgendaBacklogItem[];
  /** Rotations from the day before `from` to `to`, so the first handover has its previous owner. */
  readonly rotations: readonly AgendaRotation[];
  readonly decisions: readonly AgendaDecision[];
  /** How many backlog items RV8 lists (default 5). */
  readonly topBacklog?: number;
  /** How many series RV3 lists (default 3). */
  readonly movedMost?: number;
}

/** The sections of the agenda, in the order they are discussed and presented. */
export const AGENDA_SECTIONS = ["kpis", "overdue", "handovers", "backlog", "newPainPoints"] as const;
export type AgendaSection = (typeof AGENDA_SECTIONS)[number];

/** The agenda of one review. */
export interface ReviewAgenda {
  readonly period: ReviewPeriod;
  /** The day the agenda is read on: min(to, today) (RV1). */
  readonly asOf: string;
  /** The last review before today (RV9), or null. */
  readonly lastReview: string | null;
  /** Pain points created on or after this day are new (RV9). */
  readonly newSince: string;
  readonly kpis: readonly KpiAgendaItem[];
  readonly overdue: readonly AgendaTouchpoint[];
  readonly handovers: readonly HandoverItem[];
  readonly backlog: readonly AgendaBacklogItem[];
  readonly newPainPoints: readonly AgendaBacklogItem[];
}

/** How many backlog items RV8 lists by default. */
export const TOP_BACKLOG = 5;

/** RV7: handovers whose first day lies in the period, and cover stretches overlapping it. */
export function handoversIn(rotations: readonly AgendaRotation[], from: string, to: string): HandoverItem[] {
  const out: HandoverItem[] = [];
  for (const r of rotations) {
    const regular = r.periods.filter((p) => !p.cover).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    regular.forEach((p, i) => {
      if (p.start < from || p.start > to) return;
      const previous = i > 0 ? regular[i - 1] : undefined;
      const fromOwnerId = previous && previous.end === addDays(p.start, -1) ? previous.ownerId : null;
      if (previous && fromOwnerId === p.ownerId) return;
      out.push({ mapId: r.mapId, mapTitle: r.mapTitle, on: p.start, until: null, fromOwnerId, toOwnerId: p.ownerId, cover: false });
    });
    for (const p of r.periods) {
      if (!p.cover || p.end < from || p.start > to) continue;
      out.push({ mapId: r.mapId, mapTitle: r.mapTitle, on: p.start, until: p.end, fromOwnerId: null, toOwnerId: p.ownerId, cover: true });
    }
  }
  return out.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** RV1-RV9: the agenda of a review of `period`, held on `today`. */
export function buildReviewAgenda(input: AgendaInput): ReviewAgenda {
  const { period, today } = input;
  const asOf = period.to < today ? period.to : today;
  const lastReview = lastReviewDay(input.decisions, today);
  const newSince = lastReview === null ? period.from : addDays(lastReview, 1);
  const open = input.backlog.filter((b) => (b.status ?? "open") !== "done");
  return {
    period,
    asOf,
    lastReview,
    newSince,
    kpis: kpiAgenda(input.series, input.touchpoints, period.from, asOf, input.movedMost ?? MOVED_MOST),
    overdue: input.touchpoints.filter((tp) => tp.review.state === "overdue"),
    handovers: handoversIn(input.rotations, period.from, period.to),
    backlog: open.slice(0, Math.max(0, input.topBacklog ?? TOP_BACKLOG)),
    newPainPoints: open.filter((b) => b.kind === "painPoint" && typeof b.createdOn === "string" && b.createdOn >= newSince && b.createdOn <= asOf),
  };
}

/** The cards an agenda's items link to, each once, in agenda order (the cards a decision can name). */
export function agendaCards(agenda: ReviewAgenda): AgendaCard[] {
  const all: AgendaCard[] = [
    ...agenda.kpis.flatMap((k) => k.cards),
    ...agenda.overdue,
    ...agenda.backlog,
    ...agenda.newPainPoints,
  ].map((c) => ({ mapId: c.mapId, mapTitle: c.mapTitle, cardId: c.cardId, title: c.title }));
  const seen = new Set<string>();
  return all.filter((c) => {
    const k = `${c.mapId}\u0000${c.cardId}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
