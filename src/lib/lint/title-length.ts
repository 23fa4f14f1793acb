/**
 * A title too long for the page's <title>: search results and html-validate stop at 70
 * characters, and the layout adds " · Pulse" (src/lib/page-title.ts). The quality
 * checklist allows a longer headline on the page itself, so this is a warning.
 */
import type { ArticleModel } from '../article';
import { titleLimit } from '../format';
import { fitPageTitle, listTitleCandidates, titleSuffix } from '../page-title';
import type { LintDocument } from './document';
import type { Problem } from './problem';

export function checkTitleLength(doc: LintDocument, model: ArticleModel): Problem[] {
  const { title, fits } = fitPageTitle(listTitleCandidates(model));
  if (fits) return [];
  const room = titleLimit - titleSuffix.length;
  return [
    {
      file: doc.file,
      line: doc.lineOf(['title']),
      field: 'title',
      severity: 'warning',
      rule: 'title',
      message: `the page's <title> would be "${title}", ${title.length} characters, and search results and the browser tab show ${titleLimit}: shorten title to ${titleLimit} characters or fewer (${room} keeps "${titleSuffix}").`,
    },
  ];
}
