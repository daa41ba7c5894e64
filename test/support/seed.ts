/**
 * The seed of a randomized test: `BATON_SEED` from the environment to replay a failure, else
 * the given fixed seed. Tests print it in their failure message. {@link Rng} turns a seed into a
 * reproducible sequence.
 */
export function testSeed(fixed: number): number {
  const raw = process.env["BATON_SEED"];
  const parsed = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(parsed) ? parsed : fixed;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** true with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A random element, or undefined for an empty list. */
  pick<T>(list: readonly T[]): T | undefined {
    return list.length === 0 ? undefined : list[this.int(list.length)];
  }
  /** A fresh id (unique enough for a test run). */
  id(prefix: string): string {
    return `${prefix}${this.int(2 ** 30).toString(36)}${this.int(2 ** 30).toString(36)}`;
  }
}


/** The same sequence as {@link Rng}, as a plain `() => number` in [0, 1). */
export function rng(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}
