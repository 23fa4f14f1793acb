/**
 * Orphan detection: a published page that no other page links to can only be found
 * by search, so the build checks that every page has at least one inbound link.
 */

/** A site path in one canonical form: leading slash, no query or hash, directory style. */
export function normalizePath(pathname: string): string {
  let path = pathname.replace(/[?#].*$/, '').replace(/\/index\.html$/, '/');
  if (!path.startsWith('/')) path = `/${path}`;
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path = `${path}/`;
  return decodeURI(path);
}

/** Turns a built file path relative to dist/ (`kpis/win-rate/index.html`) into its URL path. */
export function pathOfFile(relativeFile: string): string {
  return normalizePath(`/${relativeFile.split('\\').join('/')}`);
}

/**
 * Internal link targets of the `<a href>`s in a page, as normalised paths. Links to
 * `siteOrigin` count as internal; other origins, mailto: and the like do not.
 */
export function extractLinks(html: string, fromPath: string, siteOrigin = 'https://pulse.invalid'): string[] {
  const base = new URL(fromPath, siteOrigin);
  const targets = new Set<string>();
  for (const match of html.matchAll(/<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const href = (match[1] ?? match[2] ?? match[3] ?? '').replace(/&amp;/g, '&').trim();
    if (!href || href.startsWith('#')) continue;
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    if (url.origin === base.origin) targets.add(normalizePath(url.pathname));
  }
  return [...targets];
}

/**
 * Pages with no inbound link from a different page, sorted. `exempt` pages (the home
 * page, the 404 page) are reached without links and are never reported.
 */
export function findOrphans(
  pages: Iterable<string>,
  links: Iterable<readonly [from: string, to: string]>,
  exempt: Iterable<string> = [],
): string[] {
  const linked = new Set<string>(exempt);
  for (const [from, to] of links) if (from !== to) linked.add(to);
  return [...new Set(pages)].filter((page) => !linked.has(page)).sort();
}
