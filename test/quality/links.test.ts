/**
 * Every internal link and fragment in dist/ resolves, and every external link is a
 * well-formed https URL that opens safely. Runs over every built file, so pages that land
 * later are covered without being listed here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageRefs, type Reference } from './html-refs';
import { checkReference, SiteIndex } from './links';
import { distDir, listFiles, listPages, readPage, siteOrigin, toUrlPath } from '../../scripts/built-site/site.ts';
import { readTextRefs, textExtensions } from './text-refs';

const pages = listPages();
const files = listFiles(distDir);
const index = new SiteIndex(distDir, files);
const textFiles = files.filter((file) => textExtensions.some((ext) => file.endsWith(ext)));

async function findProblems(refs: readonly Reference[], path: string): Promise<string[]> {
  const problems: string[] = [];
  for (const ref of refs) {
    const problem = await checkReference(ref, path, index, siteOrigin);
    if (problem) problems.push(`${path}:${ref.line} <${ref.tag} ${ref.attribute}> ${problem}`);
  }
  return problems;
}

/** The 404 page is served at any missing URL, so a relative link on it resolves differently each time. */
function findRelativeLinks(refs: readonly Reference[], path: string): string[] {
  return refs
    .filter((ref) => !/^([a-z][a-z\d+.-]*:|\/|#)/i.test(ref.value))
    .map((ref) => `${path}:${ref.line} "${ref.value}" is relative; the 404 page needs root-relative links`);
}

describe('links in HTML pages', () => {
  it.each(pages.map((page) => [page.path, page] as const))('%s: links and fragments resolve', async (path, page) => {
    const { references } = await readPageRefs(readPage(page));
    const problems = await findProblems(references, path);
    if (path.startsWith('/404')) problems.push(...findRelativeLinks(references, path));
    expect(problems).toEqual([]);
  });
});

describe('links in feeds, sitemaps and exports', () => {
  it.each(textFiles.map((file) => [toUrlPath(file), file] as const))('%s: site URLs resolve', async (path, file) => {
    const refs = readTextRefs(readFileSync(join(distDir, file), 'utf8'), siteOrigin);
    expect(await findProblems(refs, path)).toEqual([]);
  });

  it('the sitemap lists every indexable page, and no page marked noindex', () => {
    const sitemaps = files.filter((file) => /^sitemap-\d+\.xml$/.test(file));
    expect(sitemaps, 'dist/ has no sitemap-N.xml').not.toEqual([]);
    const listed = new Set(
      sitemaps.flatMap((file) =>
        [...readFileSync(join(distDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
          (m) => new URL(m[1] ?? '').pathname,
        ),
      ),
    );
    const noindex = (html: string) => /<meta\b[^>]*name=["']?robots["']?[^>]*content=["'][^"']*noindex/i.test(html);
    const wrong = pages.flatMap((page) => {
      const hidden = noindex(readPage(page));
      if (hidden && listed.has(page.path)) return [`${page.path} is noindex but listed in the sitemap`];
      if (!hidden && !listed.has(page.path)) return [`${page.path} is missing from the sitemap`];
      return [];
    });
    expect(wrong).toEqual([]);
  });
});
