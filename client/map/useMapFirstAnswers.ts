import { useEffect, useState } from "react";
import { askedMapAnswers, type MapFirstAnswers } from "./mapFirstAnswers";

/** A map's first answers (KB24) as a view sees them: still asked, here, or none (never asked, or failed). */
export type FirstAnswersState = { readonly kind: "asked" } | { readonly kind: "here"; readonly answers: MapFirstAnswers } | { readonly kind: "none" };

function stateOf(mapId: string): FirstAnswersState {
  const asked = askedMapAnswers(mapId);
  if (!asked) return { kind: "none" };
  return asked.settled ? { kind: "here", answers: asked.settled } : { kind: "asked" };
}

/** The first answers of `mapId` as they arrive (`prefetchMapAnswers` asked for them). */
export function useMapFirstAnswers(mapId: string): FirstAnswersState {
  const [state, setState] = useState<FirstAnswersState>(() => stateOf(mapId));
  useEffect(() => {
    const asked = askedMapAnswers(mapId);
    if (state.kind !== "asked" || !asked) return;
    let on = true;
    asked.answer.then(
      (answers) => on && setState({ kind: "here", answers }),
      () => on && setState({ kind: "none" }),
    );
    return () => {
      on = false;
    };
  }, [mapId, state.kind]);
  return state;
}
