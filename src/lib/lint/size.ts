/**
 * A page too big for a reader, or for the budgets the built site is held to: nothing
 * stops a 2 MB guide otherwise until the size-budget test after a build. Warnings only,
 * at the documented limits in lint/config.ts, so an editor hears it before building.
 */
import type { LintConfig } from './config';
import type { LintDocument } from './document';
import type { Problem } from './problem';

const format = (count: number) => count.toLocaleString('en-US');

/** `words` is the whole page as a reader sees it (getReadingStats), not just the body. */
export function checkSize(doc: LintDocument, words: number, config: LintConfig): Problem[] {
  const warn = (message: string): Problem => ({
    file: doc.file,
    line: doc.bodyLine,
    field: 'body',
    severity: 'warning',
    rule: 'size',
    message,
  });
  const kilobytes = Math.ceil(doc.bytes / 1024);
  const headings = doc.facts.headings.length;
  return [
    ...(words > config.maxWords
      ? [
          warn(
            `the page has ${format(words)} words (limit ${format(config.maxWords)}): split it into two pages or cut it.`,
          ),
        ]
      : []),
    ...(headings > config.maxHeadings
      ? [warn(`the body has ${headings} headings (limit ${config.maxHeadings}): split the page or merge sections.`)]
      : []),
    ...(kilobytes > config.maxFileKilobytes
      ? [
          warn(
            `the file is ${format(kilobytes)} kB (limit ${config.maxFileKilobytes} kB), and the page's HTML grows with it: split the page or move long tables and lists out.`,
          ),
        ]
      : []),
  ];
}
