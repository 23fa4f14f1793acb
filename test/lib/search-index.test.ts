import { describe, expect, it } from 'vitest';
import {
  buildPagefindArgs,
  countIndexedPages,
  formatIndexSummary,
  isMarkedForIndex,
  listIndexableFiles,
  pointAtSite,
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

  it('runs Pagefind in English on the mirror, writing into the site', () => {
    expect(buildPagefindArgs('/tmp/m', '/site/dist/pagefind')).toEqual([
      '--site',
      '/tmp/m',
      '--output-path',
      '/site/dist/pagefind',
      '--force-language',
      'en',
      '--quiet',
    ]);
  });

  it("names the built file, not the mirror's copy, when Pagefind complains", () => {
    expect(pointAtSite('Error in /tmp/m/kpis/a/index.html', '/tmp/m', '/site/dist')).toBe(
      'Error in /site/dist/kpis/a/index.html',
    );
  });

  it('counts pages over every language and writes one summary line', () => {
    expect(countIndexedPages('{"languages":{"en":{"page_count":39},"fr":{"page_count":2}}}')).toBe(41);
    expect(
      formatIndexSummary({
        pages: 39,
        htmlFiles: 64,
        outputPath: 'dist/pagefind',
        files: 51,
        bytes: 297_574,
        seconds: 1.234,
      }),
    ).toBe('[search-index] indexed 39 of 64 HTML files into dist/pagefind/ (51 files, 290.6 kB) in 1.23 s');
  });
});
