import { describe, expect, it } from 'vitest';
import { createRelatedIndex, keyOf, libraryCollections, type RelatedRecord } from '~/lib/related';

/** Small seeded generator (mulberry32), so the synthetic library is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 10,000-page library shaped like a grown Pulse: 200 KPIs, 60 industries, 600 tags
 * whose popularity is skewed (a few tags are everywhere and get pruned), and bodies of
 * 120 words from a 3,000-word vocabulary.
 */
function generateLibrary(size: number): RelatedRecord[] {
  const random = seeded(42);
  const pick = (n: number, skew = 1) => Math.floor(n * random() ** skew);
  const vocabulary = Array.from({ length: 3000 }, (_, i) => `word${i.toString(36)}`);
  return Array.from({ length: size }, (_, i) => {
    const collection = libraryCollections[[0, 0, 0, 1, 2, 3][pick(6)]!]!;
    return {
      collection,
      id: `page-${i}`,
      title: `Synthetic page ${i}`,
      industry: random() < 0.5 ? `Industry ${pick(60)}` : undefined,
      kpis: Array.from({ length: 3 + pick(6) }, () => `kpi-${pick(200, 1.5)}`),
      topics: Array.from({ length: 2 + pick(5) }, () => `tag-${pick(600, 3)}`),
      related: [],
      draft: random() < 0.02,
      text: Array.from({ length: 120 }, () => vocabulary[pick(3000, 2)]!).join(' '),
    };
  });
}

describe('related scoring at scale', () => {
  it('relates every page of a 10,000-page library', () => {
    const records = generateLibrary(10_000);
    const started = performance.now();
    const index = createRelatedIndex(records);
    let links = 0;
    for (const page of records) {
      const { deepDive, more } = index.getRelated(page);
      expect(deepDive.some((record) => keyOf(record) === keyOf(page))).toBe(false);
      links += deepDive.length + more.length;
    }
    const seconds = (performance.now() - started) / 1000;
    // Reported, not asserted: wall time depends on the machine.
    console.info(
      `related: 10,000 pages, ${links} links, ${index.pruned.length} pruned keywords, ${seconds.toFixed(2)} s`,
    );
    expect(index.pruned.length).toBeGreaterThan(0);
    expect(links).toBeGreaterThan(10_000 * 6);
  }, 180_000);
});
