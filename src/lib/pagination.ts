/**
 * Splitting a long list into numbered pages, so no page grows with the library: page 1
 * stays at the list's own address (`/industries/`) and later pages live under it
 * (`/industries/page/2/`). Pure, so routes and tests share one rule.
 */

/** Entries on one listing page: a reader scans 50 comfortably, and page weight stays flat. */
export const pageSize = 50;

export interface PageLink {
  number: number;
  href: string;
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  /** At least 1: an empty list still has its first page. */
  total: number;
  href: string;
  /** The list's own address, where page 1 lives. */
  root: string;
  prev?: PageLink | undefined;
  next?: PageLink | undefined;
  /** Position of the first item on this page among all items, 1-based (0 when empty). */
  first: number;
  /** Position of the last item on this page, 1-based. */
  last: number;
  /** How many items the whole list holds. */
  count: number;
}

/** Address of page `number` of the list at `base` (which ends in a slash). */
export function pageHref(base: string, number: number): string {
  if (!base.endsWith('/')) throw new Error(`pagination base "${base}" must end with "/"`);
  return number <= 1 ? base : `${base}page/${number}/`;
}

export function countPages(count: number, size = pageSize): number {
  if (!(size >= 1)) throw new Error(`page size must be at least 1, got ${size}`);
  return Math.max(1, Math.ceil(count / size));
}

/** Every page of `items`, in order. */
export function paginate<T>(items: readonly T[], base: string, size = pageSize): Page<T>[] {
  const total = countPages(items.length, size);
  const link = (number: number): PageLink => ({ number, href: pageHref(base, number) });
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1;
    const start = index * size;
    const slice = items.slice(start, start + size);
    return {
      items: slice,
      number,
      total,
      href: pageHref(base, number),
      root: base,
      prev: number > 1 ? link(number - 1) : undefined,
      next: number < total ? link(number + 1) : undefined,
      first: slice.length > 0 ? start + 1 : 0,
      last: start + slice.length,
      count: items.length,
    };
  });
}

/**
 * `getStaticPaths` entries for a `[...page]` route: page 1 at the route's root
 * (`page` undefined), later pages at `page/<n>`.
 */
export function toPagePaths<T, P extends object = object>(
  items: readonly T[],
  base: string,
  props: P = {} as P,
  size = pageSize,
): { params: { page: string | undefined }; props: P & { page: Page<T> } }[] {
  return paginate(items, base, size).map((page) => ({
    params: { page: page.number === 1 ? undefined : `page/${page.number}` },
    props: { ...props, page },
  }));
}

/** "Industries" on page 1, "Industries (page 2 of 5)" after, so every page's title is distinct. */
export function titleOfPage(title: string, page: Pick<Page<unknown>, 'number' | 'total'>): string {
  return page.number === 1 ? title : `${title} (page ${page.number} of ${page.total})`;
}

/** The trailing breadcrumbs of a list's page: the list itself, then "Page n" after the first. */
export function crumbsOfPage(
  name: string,
  page: Pick<Page<unknown>, 'number' | 'root' | 'href'>,
): { name: string; href: string }[] {
  const list = { name, href: page.root };
  return page.number === 1 ? [list] : [list, { name: `Page ${page.number}`, href: page.href }];
}
