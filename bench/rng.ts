/**
 * A small seeded random source, so the same `--seed` always writes the same library and
 * two runs compare the build, not the dice.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One item, with early items far likelier than late ones (a Zipf-like skew, as words and tags have). */
  pickSkewed<T>(items: readonly T[]): T;
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/** mulberry32: fast, tiny and good enough to vary text; not for anything secret. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const at = <T>(items: readonly T[], index: number): T => {
    const item = items[index];
    if (item === undefined) throw new Error(`rng: no item at ${index} of ${items.length}`);
    return item;
  };
  return {
    next,
    int,
    pick: (items) => at(items, Math.floor(next() * items.length)),
    // Squaring a uniform draw piles the mass onto low indexes (the first of 76 nouns gets
    // about 11% of draws), close to how often the real pages repeat their commonest words.
    pickSkewed: (items) => at(items, Math.floor(next() ** 2 * items.length)),
    sample: (items, count) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [at(copy, j), at(copy, i)];
      }
      return copy.slice(0, Math.min(count, copy.length));
    },
    chance: (p) => next() < p,
  };
}
