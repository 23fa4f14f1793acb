/**
 * Result list items, built with DOM calls so titles and URLs are always text. The
 * only HTML inserted is Pagefind's excerpt, after `sanitizeExcerpt` leaves nothing
 * but `<mark>` in it.
 */
import { isSafeResultUrl, sanitizeExcerpt } from '~/lib/search-state';
import type { ResultData, SubResult } from './pagefind-client';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerpt(html: string): HTMLParagraphElement {
  const paragraph = element('p', 'search-result__excerpt');
  paragraph.innerHTML = sanitizeExcerpt(html);
  return paragraph;
}

/** The sections of a page that matched, best first: the ones with most matches. */
function pickSubResults(data: ResultData, limit: number): SubResult[] {
  return data.sub_results
    .filter((sub) => sub.url !== data.url && isSafeResultUrl(sub.url))
    .map((sub, order) => ({ sub, order, hits: sub.locations?.length ?? 0 }))
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, limit)
    .sort((a, b) => a.order - b.order)
    .map(({ sub }) => sub);
}

/** One result: type, linked title, highlighted excerpt, and up to `subLimit` matching sections. */
export function renderResult(data: ResultData, subLimit: number): HTMLLIElement | undefined {
  if (!isSafeResultUrl(data.url)) return undefined;
  const item = element('li', 'search-result');
  if (data.meta.type) item.append(element('p', 'search-result__type', data.meta.type));
  const heading = element('h3', 'search-result__title');
  const link = element('a', 'search-result__link', data.meta.title || data.url);
  link.href = data.url;
  link.dataset.searchResult = '';
  heading.append(link);
  item.append(heading, excerpt(data.excerpt));
  const subs = pickSubResults(data, subLimit);
  if (subs.length > 0) {
    const list = element('ul', 'search-result__sections');
    list.setAttribute('aria-label', `Matching sections of ${data.meta.title ?? 'this page'}`);
    for (const sub of subs) {
      const row = element('li', 'search-result__section');
      const subLink = element('a', 'search-result__section-link', sub.title);
      subLink.href = sub.url;
      subLink.dataset.searchResult = '';
      row.append(subLink, excerpt(sub.excerpt));
      list.append(row);
    }
    item.append(list);
  }
  return item;
}
