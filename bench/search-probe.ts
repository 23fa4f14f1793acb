/**
 * What the first search costs a reader: serve the built site as a CDN would (gzip on text
 * and WASM; Pagefind's own .pf_* files are already compressed), open a page in headless
 * Chromium, type a query into the header search form, submit it, and add up every byte
 * fetched from then on until /search/ shows its results.
 */
import { chromium } from 'playwright-core';
import { serveDirectory } from '../scripts/static-server.ts';
import { chromiumArgs, findChromium } from '../src/lib/chromium.ts';

export interface SearchCost {
  query: string;
  /** Response bodies (as sent, compressed) plus headers of every request the search made. */
  bytes: number;
  requests: number;
  /** Results found, as /search/ reports them (it shows the first ten). */
  results: number;
  /** Bytes by kind of file, to see which part of the index a query pulls in. */
  byKind: Record<string, number>;
}

/**
 * File kinds, by name: the /search/ page itself (html, css, page-js), then Pagefind's
 * runtime code (js), WASM, metadata, index chunks, filters and page fragments.
 */
export function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (!path.startsWith('/pagefind/')) {
    if (path.endsWith('/') || path.endsWith('.html')) return 'html';
    if (path.endsWith('.css')) return 'css';
    if (/\.m?js$/.test(path)) return 'page-js';
    return 'other';
  }
  if (/\.pf_fragment$/.test(path)) return 'fragments';
  if (/\.pf_index$/.test(path)) return 'index';
  if (/\.pf_filter$/.test(path)) return 'filters';
  if (/\.pf_meta$/.test(path)) return 'meta';
  if (/\.pagefind$/.test(path)) return 'wasm';
  if (/\.m?js$/.test(path)) return 'js';
  return 'other';
}

/**
 * Opens `pagePath`, types `query` into the header search form and submits it, as a
 * reader would, then counts every byte fetched until /search/ has rendered its results
 * (the /search/ page, Pagefind, the index chunks and the shown results' fragments).
 */
export async function probeFirstSearch(dist: string, pagePath: string, query: string): Promise<SearchCost> {
  const { server, origin } = await serveDirectory(dist, { gzip: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(pagePath, origin).href, { waitUntil: 'networkidle' });
    const pending: Promise<[string, number]>[] = [];
    context.on('requestfinished', (request) => {
      const sized = request
        .sizes()
        .then((sizes): [string, number] => [kindOf(request.url()), sizes.responseBodySize + sizes.responseHeadersSize]);
      sized.catch(() => {}); // read below; one finishing after the browser closed has no reader
      pending.push(sized);
    });
    await page.getByRole('search', { name: 'Site search' }).locator('input[name="q"]').fill(query);
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
    // Locators rather than a page function: the site's CSP rightly forbids evaluating strings.
    const status = page.locator('[data-search-status]', { hasText: /^(\d+ results? for|No results)/ });
    await status.waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = Number(/^\d+/.exec((await status.textContent()) ?? '')?.[0] ?? 0);
    const sizes = await Promise.all(pending);
    const byKind: Record<string, number> = {};
    for (const [kind, size] of sizes) byKind[kind] = (byKind[kind] ?? 0) + size;
    return { query, bytes: sizes.reduce((sum, [, size]) => sum + size, 0), requests: sizes.length, results, byKind };
  } finally {
    await browser.close();
    server.close();
  }
}
