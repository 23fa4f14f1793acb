/**
 * Browser side of search, used by /search/ only: loads Pagefind on first use and runs
 * one search, with the facet counts the page shows once its filters are open.
 */
import { facetKeys, type FacetKey } from '~/lib/search-facets';
import { shardManifestFile, type ShardManifest } from '~/lib/search-index';
import { hasSelection, toPagefindFilters, type SearchState } from '~/lib/search-state';

type Counts = Record<string, Record<string, number>>;

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Counts;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  preload(query: string): Promise<void>;
  search(query: string | null, options?: { filters?: object }): Promise<PagefindSearch>;
  filters(): Promise<Counts>;
}

export interface SearchOutcome {
  results: PagefindResult[];
  /** Results for the query with no filters, to say what clearing them would give. */
  unfiltered: number;
  /** Per facet: how many results each value would give, alongside the other facets' ticks. */
  counts: Record<FacetKey, Record<string, number>>;
}

/** What to tell a reader when the index cannot load; `astro dev` never has one. */
export const unavailableMessage = import.meta.env.DEV
  ? 'Search needs the index that the build writes: run "npm run build && npm run preview" to try it.'
  : 'Search is unavailable right now: the search index could not be loaded. Please try again.';

let loading: Promise<Pagefind> | undefined;

/** Excerpts as long as a result line shows; every shard needs the same option. */
const instanceOptions = { excerptLength: 26 };

/** Folders of the extra shards a large library's index is split into (see scripts/search-index.ts). */
async function shardFolders(base: string): Promise<string[]> {
  const response = await fetch(`${base}${shardManifestFile}`);
  if (!response.ok) throw new Error(`search shards: ${response.status} ${response.statusText}`);
  const manifest = (await response.json()) as Partial<ShardManifest>;
  return Array.isArray(manifest.merge) ? manifest.merge.filter((folder) => typeof folder === 'string') : [];
}

/**
 * Imports `/pagefind/pagefind.js`, once, and merges any extra shards into it; a failed
 * load can be retried. Shards share the main index's runtime and WebAssembly, so each
 * costs only its own metadata and the index chunks a query touches.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const base = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;
    const shards = shardFolders(base);
    shards.catch(() => undefined); // reported below, once the runtime has loaded
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
    // No web worker: it would be a second 43 kB script (14 kB gzipped) on the first query,
    // and searching a library this size takes milliseconds on the main thread.
    await pagefind.options({ ...instanceOptions, noWorker: true });
    await pagefind.init();
    await Promise.all((await shards).map((folder) => pagefind.mergeIndex(`${base}${folder}`, instanceOptions)));
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

function countsFor(source: Counts): Record<FacetKey, Record<string, number>> {
  return Object.fromEntries(facetKeys.map((key) => [key, source[key] ?? {}])) as Record<
    FacetKey,
    Record<string, number>
  >;
}

/**
 * Runs a search. With `counts`, facet counts come too: Pagefind only reports them
 * once its filter index is loaded, and a facet with ticked values is counted by a
 * second search without that facet's own filter, so ticking "Fintech" still shows
 * how many results "Healthtech" would add rather than zero. Without `counts` (the
 * facets are closed) no filter file is fetched unless a filter is ticked: a first
 * query needs only the word index and the fragments of the results shown.
 */
export async function runSearch(state: SearchState, options: { counts: boolean }): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const totals = options.counts ? await pagefind.filters() : {};
  if (!state.query && !hasSelection(state.selection)) {
    return { results: [], unfiltered: 0, counts: countsFor(totals) };
  }
  const query = state.query || null;
  const main = await pagefind.search(query, { filters: toPagefindFilters(state.selection) });
  const counts = countsFor(options.counts ? main.filters : {});
  if (options.counts) {
    await Promise.all(
      facetKeys
        .filter((key) => state.selection[key].length > 0)
        .map(async (key) => {
          const without = await pagefind.search(query, { filters: toPagefindFilters(state.selection, key) });
          counts[key] = without.filters[key] ?? {};
        }),
    );
  }
  return { results: main.results, unfiltered: main.unfilteredResultCount, counts };
}
