import { HttpError } from "../http/HttpError";
import { HeavyWorkFailed } from "./HeavyWork";

/**
 * A `.catch` for a request whose heavy work failed in the worker (S47): 503 with `what` (what
 * stayed unchanged); any other error passes on as it is.
 */
export function heavyWorkFailed(what: string): (err: unknown) => never {
  return (err: unknown) => {
    if (err instanceof HeavyWorkFailed) throw new HttpError(503, `The file could not be processed right now; ${what}. Try again shortly.`);
    throw err;
  };
}
