import { useCallback, useEffect, useState, type RefObject } from "react";

/**
 * RV12: presenting the review's agenda like a map. `start()` asks the browser for full screen on
 * `stage` (when it refuses, the agenda still fills the window); ArrowRight, PageDown and Space
 * step to the next section, ArrowLeft and PageUp back, Home and End to the ends; Escape, or
 * leaving full screen, ends. Keys typed into a field are left alone. The workshop's
 * `usePresentation` steps through a canvas's stages with React Flow and awareness, so it does
 * not fit a page of sections; this is the same key map without them.
 */
export function useReviewPresentation(stage: RefObject<HTMLElement | null>, sections: number): {
  presenting: boolean;
  index: number;
  start(): void;
  stop(): void;
  go(delta: number): void;
} {
  const [presenting, setPresenting] = useState(false);
  const [index, setIndex] = useState(0);
  const last = Math.max(0, sections - 1);
  const go = useCallback((delta: number) => setIndex((i) => Math.min(Math.max(0, i + delta), last)), [last]);

  const start = useCallback(() => {
    setIndex(0);
    setPresenting(true);
  }, []);
  const stop = useCallback(() => {
    setPresenting(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!presenting) return;
    const el = stage.current;
    // Full screen is a wish: a browser or a frame may refuse it, and the fixed layer still covers the page.
    if (el && !document.fullscreenElement && typeof el.requestFullscreen === "function") void el.requestFullscreen().catch(() => undefined);
    el?.focus();
    let wasFull = false;
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest("input, textarea, select, [contenteditable=true]")) return;
      if (event.key === "ArrowRight" || event.key === "PageDown" || event.key === " ") go(1);
      else if (event.key === "ArrowLeft" || event.key === "PageUp") go(-1);
      else if (event.key === "Home") go(-sections);
      else if (event.key === "End") go(sections);
      else if (event.key === "Escape") stop();
      else return;
      event.preventDefault();
    };
    const onFullscreen = () => {
      if (document.fullscreenElement) wasFull = true;
      else if (wasFull) setPresenting(false);
    };
    window.addEventListener("keydown", onKey);
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => {
      window.removeEventListener("keydown", onKey);
      document.removeEventListener("fullscreenchange", onFullscreen);
    };
  }, [presenting, go, stop, stage, sections]);

  return { presenting, index: Math.min(index, last), start, stop, go };
}
