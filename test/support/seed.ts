/**
 * The seed of a randomized test: `BATON_SEED` from the environment to replay a failure, else
 * the given fixed seed. Tests print it in their failure message.
 */
export function testSeed(fixed: number): number {
  const raw = process.env["BATON_SEED"];
  const parsed = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(parsed) ? parsed : fixed;
}
