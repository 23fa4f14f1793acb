/**
 * Search state as it lives in the URL (`/search/?q=pipeline+coverage&industry=Fintech`)
 * and as Pagefind wants it. Pure, so the browser code stays thin and this is tested.
 */
import { facetKeys, type FacetKey } from './search-facets';

export type Selection = Record<FacetKey, string[]>;

export interface SearchState {
  query: string;
  selection: Selection;
}

/** Longest query kept from a URL: longer input is almost surely not a search. */
const maxQueryLength = 200;

export function emptySelection(): Selection {
  return Object.fromEntries(facetKeys.map((key) => [key, []])) as unknown as Selection;
}

/** Reads `?q=` and one repeated parameter per facet; unknown parameters are ignored. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const selection = emptySelection();
  for (const key of facetKeys) {
    const values = params
      .getAll(key)
      .map((value) => value.trim())
      .filter(Boolean);
    selection[key] = [...new Set(values)].sort();
  }
  const query = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, maxQueryLength);
  return { query, selection };
}

/** The query string for a state, facets in a fixed order so equal states give equal URLs. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of facetKeys) for (const value of [...state.selection[key]].sort()) params.append(key, value);
  return params;
}

export function hasSelection(selection: Selection): boolean {
  return facetKeys.some((key) => selection[key].length > 0);
}

/** Pagefind filter object: any of the ticked values within a facet, all facets together. */
export function toPagefindFilters(selection: Selection, without?: FacetKey): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of facetKeys) {
    if (key !== without && selection[key].length > 0) filters[key] = { any: [...selection[key]] };
  }
  return filters;
}

export interface FacetValue {
  value: string;
  count: number;
  checked: boolean;
}

/**
 * Checkbox rows for one facet: every value that has results, plus any ticked value
 * (so it can be unticked), by count then name. `counts` must already exclude the
 * facet's own selection, so ticking one industry still shows what the others hold.
 */
export function listFacetValues(
  counts: Readonly<Record<string, number>> | undefined,
  selected: readonly string[],
): FacetValue[] {
  const values = new Map<string, number>(Object.entries(counts ?? {}));
  for (const value of selected) if (!values.has(value)) values.set(value, 0);
  return [...values]
    .filter(([value, count]) => count > 0 || selected.includes(value))
    .map(([value, count]) => ({ value, count, checked: selected.includes(value) }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en'));
}

/**
 * Pagefind excerpts are entity-encoded text with `<mark>` around matches. Anything
 * else that looks like a tag is escaped, so an excerpt can never inject markup.
 */
export function sanitizeExcerpt(excerpt: string): string {
  return excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
}

/** Result URLs must stay on this site: a root-relative path, never `javascript:` or another origin. */
export function isSafeResultUrl(url: string): boolean {
  return /^\/(?![/\\])/.test(url);
}
