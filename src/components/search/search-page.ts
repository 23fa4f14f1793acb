/**
 * The /search/ page in the browser. The URL is the state: typing replaces it,
 * ticking a filter pushes it (so Back undoes a filter), and Back/Forward re-run
 * the search from it. Facets stay closed, and Pagefind's filter index unloaded,
 * until the reader presses "Filter results" or arrives with filters in the URL.
 */
import { facetKeys, type FacetKey } from '~/lib/search-facets';
import { emptySelection, hasSelection, parseSearchParams, toSearchParams, type SearchState } from '~/lib/search-state';
import { renderFacets } from './render-facets';
import { moveThroughResults } from './keyboard';
import { runSearch, unavailableMessage, type PagefindResult } from './pagefind-client';
import { renderResult } from './render-results';

const pageSize = 10;
const delay = 150;

export function attachSearchPage(root: HTMLElement): void {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('[data-search-page-input]');
  const facetsBox = $('[data-search-facets]');
  const toggle = $<HTMLButtonElement>('[data-search-filter-toggle]');
  const groups = $('[data-facet-groups]');
  const status = $('[data-search-status]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const empty = $('[data-search-empty]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const clearButtons = [
    $<HTMLButtonElement>('[data-search-clear]'),
    $<HTMLButtonElement>('[data-search-clear-inline]'),
  ];
  const baseTitle = document.title;
  let state = parseSearchParams(new URLSearchParams(location.search));
  let filtersOpen = hasSelection(state.selection);
  let results: PagefindResult[] = [];
  let ticket = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function readForm(): SearchState {
    const selection = emptySelection();
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      if (facetKeys.includes(box.name as FacetKey)) selection[box.name as FacetKey].push(box.value);
    }
    return parseSearchParams(toSearchParams({ query: input.value, selection }));
  }

  function writeUrl(mode: 'push' | 'replace'): void {
    const query = toSearchParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[`${mode}State`](null, '', url);
    document.title = state.query ? `${state.query} – ${baseTitle}` : baseTitle;
  }

  async function showMore(current: number): Promise<HTMLAnchorElement | undefined> {
    const shown = list.children.length;
    const data = await Promise.all(results.slice(shown, shown + pageSize).map((result) => result.data()));
    if (current !== ticket) return undefined;
    const items = data.flatMap((item) => renderResult(item, 3) ?? []);
    list.append(...items);
    more.hidden = list.children.length >= results.length;
    return items[0]?.querySelector('a') ?? undefined;
  }

  async function search(): Promise<void> {
    const current = ++ticket;
    root.setAttribute('aria-busy', 'true');
    try {
      const outcome = await runSearch(state, { counts: filtersOpen });
      if (current !== ticket) return;
      const selected = hasSelection(state.selection);
      facetsBox.hidden = !(filtersOpen && renderFacets(groups, outcome.counts, state.selection));
      toggle.setAttribute('aria-expanded', String(!facetsBox.hidden));
      clearButtons[0]!.hidden = !selected;
      results = outcome.results;
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = results.length > 0 || (!state.query && !selected);
      if (!state.query && !selected) {
        status.textContent = `Type a question or a KPI name, or ${filtersOpen ? 'tick a filter' : 'filter the results'} to browse.`;
      } else if (results.length === 0) {
        describeNoResults(selected, outcome.unfiltered);
      } else {
        await showMore(current);
        const count = `${results.length} result${results.length === 1 ? '' : 's'}`;
        // Said even with the facets closed, so a reader always knows the list is narrowed.
        const filtered = selected ? ' with your filters' : '';
        status.textContent = state.query
          ? `${count} for “${state.query}”${filtered}`
          : `${count} matching your filters`;
      }
    } catch {
      if (current === ticket) status.textContent = unavailableMessage;
    } finally {
      if (current === ticket) root.removeAttribute('aria-busy');
    }
  }

  function describeNoResults(selected: boolean, unfiltered: number): void {
    const what = state.query ? `“${state.query}”` : 'these filters';
    status.textContent = `No results for ${what}${state.query && selected ? ' with these filters' : ''}.`;
    const offerClear = selected && state.query !== '' && unfiltered > 0;
    $('[data-search-empty-clear]').hidden = !offerClear;
    clearButtons[1]!.textContent = `Clear the filters: ${unfiltered} result${unfiltered === 1 ? '' : 's'} without them`;
  }

  function update(next: SearchState, mode: 'push' | 'replace'): void {
    state = next;
    writeUrl(mode);
    void search();
  }

  input.value = state.query;
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    filtersOpen = facetsBox.hidden !== false;
    if (filtersOpen) void search().then(() => groups.querySelector('input')?.focus());
    else {
      facetsBox.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
    }
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(readForm(), 'replace'), delay);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update(readForm(), 'push');
  });
  groups.addEventListener('change', () => update(readForm(), 'push'));
  for (const button of clearButtons) {
    button.addEventListener('click', () => update({ query: state.query, selection: emptySelection() }, 'push'));
  }
  more.addEventListener('click', () => {
    void showMore(ticket).then((first) => first?.focus());
  });
  root.addEventListener('keydown', (event) => {
    if (moveThroughResults(event, input, list)) return;
    if (event.key === 'Escape' && list.contains(document.activeElement)) input.focus();
  });
  window.addEventListener('popstate', () => {
    state = parseSearchParams(new URLSearchParams(location.search));
    filtersOpen ||= hasSelection(state.selection);
    input.value = state.query;
    void search();
  });
  void search();
}
