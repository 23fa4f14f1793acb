/**
 * The header search dialog, loaded the first time a reader opens it. Shows the
 * best few results as they type; Enter in the field opens the full search page
 * (the form's own submit), arrows move through results, Escape closes.
 */
import { emptySelection, toSearchParams } from '~/lib/search-state';
import { moveThroughResults } from './keyboard';
import { runSearch, unavailableMessage } from './pagefind-client';
import { renderResult } from './render-results';

const shown = 6;
const delay = 120;

export function attachSearchDialog(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-dialog-status]')!;
  const list = dialog.querySelector<HTMLOListElement>('[data-search-dialog-results]')!;
  const more = dialog.querySelector<HTMLAnchorElement>('[data-search-dialog-more]')!;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function search(): Promise<void> {
    const query = input.value.trim();
    const ticket = ++latest;
    more.href = `/search/?${toSearchParams({ query, selection: emptySelection() })}`;
    if (!query) {
      list.replaceChildren();
      status.textContent = 'Type to search guides, industry pages, KPIs and tools.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const outcome = await runSearch({ query, selection: emptySelection() }, { counts: false });
      const data = await Promise.all(outcome.results.slice(0, shown).map((result) => result.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...data.flatMap((item) => renderResult(item, 2) ?? []));
      const total = outcome.results.length;
      status.textContent =
        total === 0
          ? `No results for “${query}”. Try fewer or different words, or open the search page to browse by topic.`
          : `${total} result${total === 1 ? '' : 's'} for “${query}”${total > shown ? `, showing the best ${shown}` : ''}.`;
    } catch {
      if (ticket === latest) status.textContent = unavailableMessage;
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), delay);
  });
  dialog.addEventListener('keydown', (event) => moveThroughResults(event, input, dialog));
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  void search();
}
