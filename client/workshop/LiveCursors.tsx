import { ViewportPortal, useStore } from "@xyflow/react";
import type { Awareness } from "y-protocols/awareness";
import type { Presence } from "../../shared/workshop/presence";
import { jsonEqual, usePresences } from "./usePeers";

interface CursorView {
  readonly id: number;
  readonly name: string;
  readonly color: string;
  readonly x: number;
  readonly y: number;
}

const selectCursors = (presences: ReadonlyMap<number, Presence>, selfId: number): CursorView[] => {
  const out: CursorView[] = [];
  for (const [id, p] of presences) {
    if (id !== selfId && p.cursor) out.push({ id, name: p.name, color: p.color, x: p.cursor.x, y: p.cursor.y });
  }
  return out;
};

/**
 * Everyone else's pointer with their name, placed in flow coordinates inside the viewport (so
 * it sits on the same card for everyone) and drawn at a constant screen size. Updates arrive
 * about 20 times a second; a short CSS transition glides between them.
 */
export function LiveCursors({ awareness }: { awareness: Awareness }) {
  const cursors = usePresences(awareness, selectCursors, jsonEqual);
  const zoom = useStore((s) => s.transform[2]);
  return (
    <ViewportPortal>
      {cursors.map((c) => (
        <div
          key={c.id}
          className="ws-cursor"
          data-testid="live-cursor"
          data-name={c.name}
          style={{ transform: `translate(${c.x}px, ${c.y}px) scale(${1 / zoom})`, color: c.color }}
          aria-hidden="true"
        >
          <svg width="18" height="22" viewBox="0 0 18 22" className="ws-cursor-arrow">
            <path d="M1 1 L1 17 L5.5 13 L8.5 20.5 L11.5 19.2 L8.6 12 L15 12 Z" fill="currentColor" stroke="#fff" strokeWidth="1.5" strokeLinejoin="round" />
          </svg>
          <span className="ws-cursor-label" style={{ background: c.color }}>{c.name}</span>
        </div>
      ))}
    </ViewportPortal>
  );
}
