import { useEffect, useState } from "react";

/**
 * `now()`, re-rendering every `ms` while `active`, so a countdown redraws itself without anyone
 * writing ticks to the document. The clock is the session's (tests may pin it with `?now=`).
 */
export function useNow(now: () => number, active: boolean, ms = 250): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setTick((n) => n + 1), ms);
    return () => clearInterval(id);
  }, [active, ms]);
  return now();
}
