import { ViewportPortal, useInternalNode } from "@xyflow/react";
import type { Awareness } from "y-protocols/awareness";
import type { Presence } from "../../shared/workshop/presence";
import { jsonEqual, usePresences } from "./usePeers";

interface Outline {
  readonly key: string;
  readonly cardId: string;
  readonly name: string;
  readonly color: string;
  /** How many other people outline this card before this one: outlines nest outwards. */
  readonly ring: number;
}

const MAX_OUTLINES = 300;

const selectOutlines = (presences: ReadonlyMap<number, Presence>, selfId: number): Outline[] => {
  const out: Outline[] = [];
  const rings = new Map<string, number>();
  for (const [id, p] of presences) {
    if (id === selfId) continue;
    for (const cardId of p.selection) {
      if (out.length >= MAX_OUTLINES) return out;
      const ring = rings.get(cardId) ?? 0;
      rings.set(cardId, ring + 1);
      out.push({ key: `${id}:${cardId}`, cardId, name: p.name, color: p.color, ring });
    }
  }
  return out;
};

function SelectionOutline({ outline }: { outline: Outline }) {
  const node = useInternalNode(outline.cardId);
  if (!node) return null;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  if (width === 0 || height === 0) return null;
  const pad = 4 + outline.ring * 4;
  const { x, y } = node.internals.positionAbsolute;
  return (
    <div
      className="ws-peer-selection"
      data-testid="peer-selection"
      data-card-id={outline.cardId}
      data-name={outline.name}
      style={{ left: x - pad, top: y - pad, width: width + 2 * pad, height: height + 2 * pad, borderColor: outline.color }}
      aria-hidden="true"
    >
      {outline.ring === 0 && <span className="ws-peer-selection-name" style={{ background: outline.color }}>{outline.name}</span>}
    </div>
  );
}

/** The cards others have selected, outlined in their colour with their name. */
export function PeerSelections({ awareness }: { awareness: Awareness }) {
  const outlines = usePresences(awareness, selectOutlines, jsonEqual);
  return (
    <ViewportPortal>
      {outlines.map((o) => (
        <SelectionOutline key={o.key} outline={o} />
      ))}
    </ViewportPortal>
  );
}
