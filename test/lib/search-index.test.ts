import { describe, expect, it } from 'vitest';
import {
  countIndexedPages,
  formatIndexSummary,
  isMarkedForIndex,
  isShardDataFile,
  listIndexableFiles,
  pagesPerShardFrom,
  planShards,
  shardFolder,
  shardManifest,
} from '~/lib/search-index';

describe('search index step', () => {
  it('indexes built HTML in code-point order, never the index folder itself', () => {
    const files = ['kpis/win-rate/index.html', 'index.html', 'pagefind/x.html', 'Z/index.html', 'rss.xml', '404.html'];
    expect(listIndexableFiles(files)).toEqual(['404.html', 'Z/index.html', 'index.html', 'kpis/win-rate/index.html']);
    expect(listIndexableFiles(['library\\a\\index.html'])).toEqual(['library/a/index.html']);
  });

  it('keeps only pages that mark their article', () => {
    expect(isMarkedForIndex('<article data-pagefind-body><h1>x</h1></article>')).toBe(true);
    expect(isMarkedForIndex('<main><h1>Topics</h1></main>')).toBe(false);
  });

  it('counts pages over every language and writes one summary line', () => {
    expect(countIndexedPages('{"languages":{"en":{"page_count":39},"fr":{"page_count":2}}}')).toBe(41);
    expect(
      formatIndexSummary({
        pages: 39,
        htmlFiles: 64,
        shards: 1,
        outputPath: 'dist/pagefind',
        files: 51,
        bytes: 297_574,
        seconds: 1.234,
      }),
    ).toBe('[search-index] indexed 39 of 64 HTML files into dist/pagefind/ (51 files, 290.6 kB) in 1.23 s');
  });

  it('says how many shards a sharded index has', () => {
    const summary = { pages: 9000, htmlFiles: 9800, shards: 3, outputPath: 'dist/pagefind', files: 9, bytes: 2048 };
    expect(formatIndexSummary({ ...summary, seconds: 40 })).toBe(
      '[search-index] indexed 9000 of 9800 HTML files into dist/pagefind/ (3 shards, 9 files, 2.0 kB) in 40.00 s',
    );
  });
});

describe('search index shards', () => {
  const pages = (count: number) => Array.from({ length: count }, (_, index) => `p${index}`);

  it('keeps a library that fits one index in one', () => {
    expect(planShards(pages(4000), 4000)).toEqual([pages(4000)]);
    expect(planShards([], 4000)).toEqual([[]]);
  });

  it('splits a larger one into the fewest shards, sized within one page of each other, in order', () => {
    const shards = planShards(pages(10_001), 4000);
    expect(shards.map((shard) => shard.length)).toEqual([3334, 3334, 3333]);
    expect(shards.flat()).toEqual(pages(10_001));
    expect(planShards(pages(5), 2).map((shard) => shard.length)).toEqual([2, 2, 1]);
  });

  it('rejects a shard size that is not a positive whole number', () => {
    expect(() => planShards(pages(3), 0)).toThrow(/at least 1, not 0/);
    expect(() => pagesPerShardFrom('2.5')).toThrow(/PULSE_SEARCH_SHARD_PAGES .* not "2.5"/);
    expect(pagesPerShardFrom(undefined)).toBe(5500);
    expect(pagesPerShardFrom('1500')).toBe(1500);
  });

  it('writes extra shards beside the main index and lists them for the browser', () => {
    expect([0, 1, 2].map(shardFolder)).toEqual(['', 'shard-2/', 'shard-3/']);
    expect(shardManifest(1)).toEqual({ merge: [] });
    expect(shardManifest(3)).toEqual({ merge: ['shard-2/', 'shard-3/'] });
  });

  it("publishes only a shard's data, never a second runtime", () => {
    const kept = [
      'pagefind-entry.json',
      'pagefind.en_1a2b.pf_meta',
      'index/en_1.pf_index',
      'fragment/en_2.pf_fragment',
    ];
    expect(kept.concat('filter/en_3.pf_filter').every(isShardDataFile)).toBe(true);
    expect(['pagefind.js', 'wasm.en.pagefind', 'pagefind-worker.js', 'pagefind-ui.css'].some(isShardDataFile)).toBe(
      false,
    );
  });
});
