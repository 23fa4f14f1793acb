/**
 * The search facets, in the order the search page shows them, and the words used
 * for each kind of page. Pagefind filter values are these display strings, so a
 * URL such as `/search/?q=churn&type=KPI` reads the way the checkbox does.
 */
import type { LibraryCollection } from './related/types';

export const facets = [
  { key: 'type', label: 'Content type' },
  { key: 'industry', label: 'Industry' },
  { key: 'kpi', label: 'KPI' },
  { key: 'topic', label: 'Topic' },
] as const;

export type FacetKey = (typeof facets)[number]['key'];
export const facetKeys: readonly FacetKey[] = facets.map((facet) => facet.key);

/** What a reader calls each kind of page; also the value of the `type` facet. */
export const contentTypeLabels: Readonly<Record<LibraryCollection, string>> = {
  guides: 'Guide',
  industries: 'Industry guide',
  kpis: 'KPI',
  tools: 'Tool',
};
