import { useEffect, useRef, useState } from "react";

/**
 * Whether the element's content is cut by its own bounds (a card's footer holds at most two
 * rows of chips): watched on resize and on any change of its children, so chips that badge
 * slots add later count too. The card then says more is in the inspector (PL8: nothing on a
 * card is cut silently).
 */
export function useCutMark<T extends HTMLElement>(): readonly [ref: React.RefObject<T | null>, cut: boolean] {
  const ref = useRef<T>(null);
  const [cut, setCut] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setCut(el.scrollHeight > el.clientHeight + 1);
    check();
    const resize = new ResizeObserver(check);
    resize.observe(el);
    const mutation = new MutationObserver(check);
    mutation.observe(el, { childList: true, subtree: true, characterData: true });
    return () => {
      resize.disconnect();
      mutation.disconnect();
    };
  }, []);
  return [ref, cut] as const;
}
