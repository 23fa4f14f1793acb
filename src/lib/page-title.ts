/**
 * The browser and search-result title of an article page: its title with " · Pulse",
 * or, for an industry page whose title is too long for that, a shorter name of the same
 * page. ArticleLayout renders it; the lint warns when no candidate fits, since search
 * results and html-validate's long-title rule stop at 70 characters.
 */
import { fitTitle, titleLimit } from './format';
import { siteName } from './structured-data';

export const titleSuffix = ` · ${siteName}`;

/** The titles a page may use, longest first: its own, then shorter names for an industry page. */
export function listTitleCandidates(page: {
  title: string;
  collection: string;
  industry?: string | undefined;
}): string[] {
  return page.industry && page.collection === 'industries'
    ? [page.title, `Sales KPIs for ${page.industry}`, `${page.industry} sales KPIs`]
    : [page.title];
}

/**
 * The document title BaseLayout writes, and whether it fits the limit: a candidate that
 * fits only without the suffix is written alone, which fits too.
 */
export function fitPageTitle(candidates: readonly string[]): { title: string; fits: boolean } {
  const title = fitTitle(candidates, titleSuffix);
  return { title, fits: title.length <= titleLimit };
}
