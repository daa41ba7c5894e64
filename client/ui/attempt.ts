/**
 * Runs `build` and returns its value, or the error it threw (as an Error). For values built
 * once for many components: the error is handed on and thrown where an error boundary contains it.
 */
export function attempt<T>(build: () => T): T | Error {
  try {
    return build();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}
