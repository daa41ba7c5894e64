import { useEffect, useState } from "react";

/** Rows drawn in the first frame: more than a 1440 x 900 screen shows. */
export const FIRST_ROWS = 40;

/**
 * How many of `total` rows to draw: `first` ({@link FIRST_ROWS}) in the first frame, then all of
 * them once that frame is on screen, so a workspace of 200 journeys paints its first rows without
 * waiting for the 200th (issue 12 first paint). Searching, filtering and sorting work on every
 * row; only the drawing is split.
 */
export function useDrawnRows(total: number, first = FIRST_ROWS): number {
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (all || total <= first) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next paint: a frame, then a task.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAll(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [all, total, first]);
  return all ? total : Math.min(total, first);
}
