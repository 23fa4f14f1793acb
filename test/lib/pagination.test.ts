import { describe, expect, it } from 'vitest';
import { countPages, crumbsOfPage, pageHref, paginate, titleOfPage, toPagePaths } from '~/lib/pagination';

const numbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe('pageHref', () => {
  it.each([
    ['/industries/', 1, '/industries/'],
    ['/industries/', 2, '/industries/page/2/'],
    ['/topics/revops/', 12, '/topics/revops/page/12/'],
  ])('%s page %i is %s', (base, number, href) => {
    expect(pageHref(base, number)).toBe(href);
  });

  it('rejects a base without a trailing slash', () => {
    expect(() => pageHref('/industries', 2)).toThrow(/must end with "\/"/);
  });
});

describe('countPages', () => {
  it.each([
    [0, 1],
    [1, 1],
    [50, 1],
    [51, 2],
    [100, 2],
    [101, 3],
    [10_000, 200],
  ])('%i items make %i pages of 50', (count, pages) => {
    expect(countPages(count)).toBe(pages);
  });

  it('rejects a page size below 1', () => {
    expect(() => countPages(3, 0)).toThrow(/at least 1/);
  });
});

describe('paginate', () => {
  it('keeps an empty list on one empty page at the root', () => {
    const [only, ...rest] = paginate([], '/library/');
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ items: [], number: 1, total: 1, href: '/library/', first: 0, last: 0, count: 0 });
    expect(only?.prev).toBeUndefined();
    expect(only?.next).toBeUndefined();
  });

  it('splits 120 items into 50, 50 and 20, linked both ways', () => {
    const pages = paginate(numbers(120), '/industries/');
    expect(pages.map((page) => page.items.length)).toEqual([50, 50, 20]);
    expect(pages.map((page) => page.href)).toEqual(['/industries/', '/industries/page/2/', '/industries/page/3/']);
    expect(pages.map((page) => [page.first, page.last])).toEqual([
      [1, 50],
      [51, 100],
      [101, 120],
    ]);
    expect(pages[0]?.prev).toBeUndefined();
    expect(pages[0]?.next).toEqual({ number: 2, href: '/industries/page/2/' });
    expect(pages[1]?.prev).toEqual({ number: 1, href: '/industries/' });
    expect(pages[2]?.next).toBeUndefined();
    expect(pages.every((page) => page.total === 3 && page.count === 120 && page.root === '/industries/')).toBe(true);
  });

  it('loses and repeats no item, whatever the size', () => {
    for (const [count, size] of [
      [7, 3],
      [9, 3],
      [1, 1],
      [149, 50],
    ] as const) {
      expect(paginate(numbers(count), '/x/', size).flatMap((page) => page.items)).toEqual(numbers(count));
    }
  });
});

describe('toPagePaths', () => {
  it('serves page 1 at the root and later pages at page/<n>', () => {
    const paths = toPagePaths(numbers(51), '/kpis/win-rate/', { kpi: 'win-rate' });
    expect(paths.map((path) => path.params.page)).toEqual([undefined, 'page/2']);
    expect(paths[1]?.props.kpi).toBe('win-rate');
    expect(paths[1]?.props.page.items).toEqual([51]);
  });
});

describe('titleOfPage', () => {
  it('leaves page 1 alone and numbers later pages', () => {
    expect(titleOfPage('Industries', { number: 1, total: 3 })).toBe('Industries');
    expect(titleOfPage('Industries', { number: 2, total: 3 })).toBe('Industries (page 2 of 3)');
  });
});

describe('crumbsOfPage', () => {
  it('names the list on its first page and adds the page number after', () => {
    const [first, second] = paginate(numbers(60), '/kpis/win-rate/');
    expect(crumbsOfPage('Win rate', first!)).toEqual([{ name: 'Win rate', href: '/kpis/win-rate/' }]);
    expect(crumbsOfPage('Win rate', second!)).toEqual([
      { name: 'Win rate', href: '/kpis/win-rate/' },
      { name: 'Page 2', href: '/kpis/win-rate/page/2/' },
    ]);
  });
});
