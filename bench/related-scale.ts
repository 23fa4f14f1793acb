/**
 * `npm run bench -- related --pages N`: related-article scoring alone, without a build.
 * Generates N records shaped like a grown Pulse (200 KPIs, 60 industries, 600 tags whose
 * popularity is skewed, so a few tags are everywhere and get pruned, and 120-word bodies
 * from a 3,000-word vocabulary), builds the related index and asks it for every page's
 * links, timing each half. It measures what `src/lib/related` costs at library scale;
 * the rules themselves are unit-tested in test/lib/related*.test.ts.
 */
import { createRelatedIndex, libraryCollections, type RelatedRecord } from '../src/lib/related.ts';
import { createRng } from './rng.ts';

export function generateRecords(size: number, seed: number): RelatedRecord[] {
  const rng = createRng(seed);
  const pick = (n: number, skew = 1) => Math.floor(n * rng.next() ** skew);
  const vocabulary = Array.from({ length: 3000 }, (_, i) => `word${i.toString(36)}`);
  return Array.from({ length: size }, (_, i) => ({
    collection: libraryCollections[[0, 0, 0, 1, 2, 3][pick(6)]!]!,
    id: `page-${i}`,
    title: `Synthetic page ${i}`,
    industry: rng.next() < 0.5 ? `Industry ${pick(60)}` : undefined,
    kpis: Array.from({ length: 3 + pick(6) }, () => `kpi-${pick(200, 1.5)}`),
    topics: Array.from({ length: 2 + pick(5) }, () => `tag-${pick(600, 3)}`),
    related: [],
    draft: rng.next() < 0.02,
    text: Array.from({ length: 120 }, () => vocabulary[pick(3000, 2)]!).join(' '),
  }));
}

export interface RelatedScaleResult {
  bench: 'related';
  pages: number;
  seed: number;
  /** Links handed out over every page (deep dive plus "more from the library"). */
  links: number;
  /** Published pages that got no link at all. */
  pagesWithoutLinks: number;
  prunedKeywords: number;
  indexSeconds: number;
  relateSeconds: number;
  /** The process's peak resident memory, records included. */
  peakRssMB: number;
  /** Live heap once every page is related, the index still held. */
  heapUsedMB: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function runRelatedScale(pages: number, seed: number): RelatedScaleResult {
  const records = generateRecords(pages, seed);
  const started = performance.now();
  const index = createRelatedIndex(records);
  const indexed = performance.now();
  let links = 0;
  let pagesWithoutLinks = 0;
  for (const page of records) {
    const { deepDive, more } = index.getRelated(page);
    links += deepDive.length + more.length;
    if (!page.draft && deepDive.length + more.length === 0) pagesWithoutLinks++;
  }
  const done = performance.now();
  const heapUsedMB = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
  return {
    bench: 'related',
    pages,
    seed,
    links,
    pagesWithoutLinks,
    prunedKeywords: index.pruned.length,
    indexSeconds: round((indexed - started) / 1000),
    relateSeconds: round((done - indexed) / 1000),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    heapUsedMB,
  };
}
