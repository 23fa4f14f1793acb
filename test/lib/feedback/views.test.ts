import { describe, expect, it } from 'vitest';
import { formatViews, formatViewsExactly, normalizeViewPath, parseViews } from '~/lib/feedback/views';

describe('parseViews', () => {
  it('reads a JSON object of path → count, normalising paths to the site’s trailing slash', () => {
    const counts = parseViews(
      '{"/library/a/": 1234, "/library/b": 7, "https://pulse.example.org/kpis/x/?utm=1": 2}',
      'v.json',
    );
    expect([...counts]).toEqual([
      ['/library/a/', 1234],
      ['/library/b/', 7],
      ['/kpis/x/', 2],
    ]);
  });

  it('reads CSV with path and count columns and adds up a page listed twice', () => {
    const counts = parseViews('path,count\n/library/a/,10\n/library/a,5\n"/tools/x/",3\n', 'views.csv');
    expect(Object.fromEntries(counts)).toEqual({ '/library/a/': 15, '/tools/x/': 3 });
  });

  it('names the file and the place of a bad entry', () => {
    expect(() => parseViews('{"/a/": -1}', 'v.json')).toThrow(
      'v.json, key "/a/": the count "-1" is not a whole number of 0 or more',
    );
    expect(() => parseViews('{"a/": 3}', 'v.json')).toThrow(
      'v.json, key "a/": "a/" is not a page path such as /library/x/',
    );
    expect(() => parseViews('path,count\n/a/,12.5\n', 'v.csv')).toThrow('v.csv, line 2: the count "12.5"');
    expect(() => parseViews('page,views\n/a/,1\n', 'v.csv')).toThrow(
      'v.csv, line 1: the header must name the columns "path" and "count"',
    );
    expect(() => parseViews('[1, 2]', 'v.json')).toThrow('v.json, JSON: expected an object of path → count');
    expect(() => parseViews('{', 'v.json')).toThrow(/^v\.json, JSON: /);
  });

  it('keeps file paths with an extension as they are', () => {
    expect(normalizeViewPath('/rss.xml')).toBe('/rss.xml');
    expect(normalizeViewPath('library/x')).toBeUndefined();
  });
});

describe('formatViews', () => {
  // Rounded down, so a page never claims more views than were counted.
  it.each([
    [1, '1 view'],
    [7, '7 views'],
    [999, '999 views'],
    [1000, '1K views'],
    [1234, '1.2K views'],
    [1999, '1.9K views'],
    [12_345, '12.3K views'],
    [999_999, '999.9K views'],
    [1_250_000, '1.2M views'],
  ])('%i → %s', (count, text) => {
    expect(formatViews(count)).toBe(text);
  });

  it('gives the exact figure for the tooltip', () => {
    expect(formatViewsExactly(1234)).toBe('1,234 views');
    expect(formatViewsExactly(1)).toBe('1 view');
  });
});
