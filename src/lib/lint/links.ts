/**
 * Internal links in bodies and in frontmatter prose (FAQ answers, steps) must land on
 * a page the production site will have: a draft or a misspelled id is a 404.
 */
import type { LintDocument } from './document';
import type { Problem } from './problem';
import { formatFieldPath } from './problem';
import { collectStrings } from './raw';
import { explainBrokenLink, type SiteIndex } from './site-index';
import { severityFor } from './severity';

export interface FoundLink {
  href: string;
  /** 1-based line within the text searched. */
  line: number;
}

const linkPatterns = [
  /\]\(\s*<?([^)\s>]+)/g, // [text](href) and ![alt](src)
  /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g, // [label]: href
  /\bhref\s*=\s*\{?\s*["'`]([^"'`]+)["'`]/g, // <a href="..."> and href={"..."} in MDX
];

/** Root-relative links (`/x/`, not `//host`) in Markdown or MDX text, skipping code. */
export function extractInternalLinks(text: string): FoundLink[] {
  const found: FoundLink[] = [];
  let fence: string | undefined;
  text.split('\n').forEach((raw, index) => {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (fenceMatch) {
      const mark = fenceMatch[1] ?? '';
      if (!fence) fence = mark;
      else if (mark.startsWith(fence)) fence = undefined;
      return;
    }
    if (fence) return;
    const line = raw.replace(/`[^`]*`/g, '');
    for (const pattern of linkPatterns) {
      for (const match of line.matchAll(pattern)) {
        const href = match[1] ?? '';
        if (href.startsWith('/') && !href.startsWith('//')) found.push({ href, line: index + 1 });
      }
    }
  });
  return found;
}

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
      const inBody = extractInternalLinks(doc.body).flatMap(({ href, line }) => {
        const reason = explainBrokenLink(href, index);
        return reason ? [report(doc.bodyLine + line - 1, 'body', href, reason)] : [];
      });
      const inFields = collectStrings(doc.data).flatMap(({ path, text }) =>
        extractInternalLinks(text).flatMap(({ href }) => {
          const reason = explainBrokenLink(href, index);
          return reason ? [report(doc.lineOf(path), formatFieldPath(path), href, reason)] : [];
        }),
      );
      return [...inFields, ...inBody];
    });
}
