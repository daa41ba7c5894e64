import { useCallback, useEffect, useState } from "react";
import { listActivity, listVersions, type ActivityInfo, type HistoryScope, type VersionInfo } from "./historyApi";

/** How often the open History panel asks for new versions and activity. */
const POLL_MS = 20_000;

/** The map's versions and activity, loaded when the panel opens, again on `reload` and every 20 s. */
export function useHistoryData(mapId: string, key: string, scope: HistoryScope = "maps") {
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [activity, setActivity] = useState<ActivityInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  useEffect(() => {
    let alive = true;
    const load = (): void => {
      Promise.all([listVersions(mapId, key, scope), listActivity(mapId, key, scope)]).then(
        ([v, a]) => {
          if (!alive) return;
          setVersions(v);
          setActivity(a);
          setError(null);
        },
        (e: unknown) => {
          if (alive) setError(e instanceof Error ? e.message : String(e));
        },
      );
    };
    load();
    const timer = setInterval(load, POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [mapId, key, round, scope]);
  return { versions, activity, error, reload };
}
