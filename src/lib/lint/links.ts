/**
 * Internal links in bodies and in frontmatter prose (FAQ answers, steps) must land on
 * a page the production site will have: a draft or a misspelled id is a 404.
 */
import type { LintDocument } from './document';
import type { Problem } from './problem';
import { formatFieldPath } from '../../schemas/field-path';
import { analyzeInline, isInternalHref } from '../markdown/analyze';
import { collectStrings } from '../../schemas/strings';
import { explainBrokenLink, type SiteIndex } from '../site-index';
import { severityFor } from './severity';

const internalOnly = <T extends { href: string }>(links: readonly T[]) =>
  links.filter((link) => isInternalHref(link.href));

export function checkLinks(docs: readonly LintDocument[], index: SiteIndex): Problem[] {
  return docs
    .filter((doc) => doc.kind !== 'kpi')
    .flatMap((doc) => {
      const severity = severityFor(doc, 'error');
      const report = (line: number, field: string, href: string, reason: string): Problem => ({
        file: doc.file,
        line,
        field,
        severity,
        rule: 'links',
        message: `link "${href}" points to no page: ${reason}`,
      });
      const inBody = internalOnly(doc.facts.links).flatMap(({ href, line }) => {
        const reason = explainBrokenLink(href, index);
        return reason ? [report(line, 'body', href, reason)] : [];
      });
      const inFields = collectStrings(doc.data).flatMap(({ path, text }) =>
        internalOnly(analyzeInline(text).links).flatMap(({ href }) => {
          const reason = explainBrokenLink(href, index);
          return reason ? [report(doc.lineOf(path), formatFieldPath(path), href, reason)] : [];
        }),
      );
      return [...inFields, ...inBody];
    });
}
