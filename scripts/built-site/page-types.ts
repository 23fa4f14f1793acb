/**
 * The kinds of page the site builds, told apart by URL. Budgets are set per type and the
 * accessibility run samples each type, so a page that fits no type fails the budget gate
 * until someone decides what it is.
 */
import type { BuiltPage } from './site.ts';

export const pageTypes = [
  { type: 'home', pattern: /^\/$/ },
  { type: 'guide', pattern: /^\/library\/[^/]+\/$/ },
  { type: 'industry', pattern: /^\/industries\/[^/]+\/$/ },
  { type: 'training', pattern: /^\/training\/[^/]+\/$/ },
  { type: 'kpi', pattern: /^\/kpis\/[^/]+\/(page\/\d+\/)?$/ },
  { type: 'tool', pattern: /^\/tools\/[^/]+\/$/ },
  { type: 'topic', pattern: /^\/topics\/[^/]+\/(page\/\d+\/)?$/ },
  { type: 'search', pattern: /^\/search\/$/ },
  { type: 'listing', pattern: /^\/(library|industries|training|kpis|tools|topics)\/(page\/\d+\/)?$/ },
  { type: 'not-found', pattern: /^\/404(\.html|\/)$/ },
] as const;

export type PageType = (typeof pageTypes)[number]['type'];

/** The type of the page served at `path`, or undefined when no pattern claims it. */
export function classifyPage(path: string): PageType | undefined {
  return pageTypes.find(({ pattern }) => pattern.test(path))?.type;
}

/** Pages grouped by type, in the order of `pageTypes`; unclaimed pages under "unclassified". */
export function groupPages(pages: readonly BuiltPage[]): Map<PageType | 'unclassified', BuiltPage[]> {
  const groups = new Map<PageType | 'unclassified', BuiltPage[]>();
  for (const page of pages) {
    const type = classifyPage(page.path) ?? 'unclassified';
    groups.set(type, [...(groups.get(type) ?? []), page]);
  }
  return groups;
}
