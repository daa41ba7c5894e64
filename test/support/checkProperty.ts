import fc from "fast-check";

/** Runs a fast-check property with `seed`, and names the seed (and how to replay it) in any failure. */
export function checkProperty<T>(property: fc.IProperty<T>, seed: number, numRuns = 300): void {
  try {
    fc.assert(property, { seed, numRuns });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`property failed with seed ${seed} (replay: BATON_SEED=${seed}):\n${message}`, { cause: error });
  }
}
