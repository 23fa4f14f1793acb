/**
 * The search facets, in the order the search page shows them, and the words used
 * for each kind of page. Pagefind filter values are these display strings, so a
 * URL such as `/search/?q=churn&type=KPI` reads the way the checkbox does.
 */
import { pageCollections, sections, type PageCollection } from './routes';

export const facets = [
  { key: 'type', label: 'Content type' },
  { key: 'industry', label: 'Industry' },
  { key: 'kpi', label: 'KPI' },
  { key: 'topic', label: 'Topic' },
] as const;

export type FacetKey = (typeof facets)[number]['key'];
export const facetKeys: readonly FacetKey[] = facets.map((facet) => facet.key);

/**
 * What a reader calls each kind of page; also the value of the `type` facet. Read from
 * the sections in routes.ts, so a page's badge and its search facet cannot disagree.
 */
export const contentTypeLabels: Readonly<Record<PageCollection, string>> = Object.fromEntries(
  pageCollections.map((collection) => [collection, sections[collection].label]),
) as Record<PageCollection, string>;
