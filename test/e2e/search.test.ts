import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const article = '/library/fractional-cro-healthtech-kpis/';
/** Pagefind loads and searches in a worker; on a busy 2-core machine that takes a moment. */
const browser = useBrowser();

const dist = new URL('../../dist/', import.meta.url);
const fileOf = (url: string) => readFileSync(new URL(`.${new URL(url).pathname.replace(/\/$/, '/index.html')}`, dist));

/**
 * The requests Chromium completed, with the bytes each took on the wire: response
 * headers as Chromium counts them plus the file the test server sent (it does not
 * compress). Chromium's own body count misses the worker script Pagefind starts,
 * so the body is taken from dist/ for every request alike.
 */
function recordTransfers(page: Page): () => Promise<[string, number][]> {
  const pending: Promise<[string, number]>[] = [];
  const record = (request: Request) => {
    const sized = request
      .sizes()
      .then((sizes): [string, number] => [request.url(), sizes.responseHeadersSize + fileOf(request.url()).length]);
    // A request that finishes after the count was taken may outlive the page; its rejection
    // then has no reader, and must not surface as an unhandled error in a later test.
    sized.catch(() => {});
    pending.push(sized);
  };
  page.on('requestfinished', record);
  return () => {
    page.off('requestfinished', record);
    return Promise.all([...pending]);
  };
}

const resultLinks = (page: Page, scope: string) =>
  page.locator(`${scope} .search-result__link`).evaluateAll((links) => links.map((link) => link.getAttribute('href')));

describe('search page', () => {
  it('finds the telehealth guide and the pipeline-coverage KPI for "pipeline coverage"', async () => {
    const page = await browser().newPage();
    const transfers = recordTransfers(page);
    await page.goto(`${inject('origin')}/search/?q=pipeline+coverage`);
    await page.locator('[data-search-results] .search-result').first().waitFor();
    await expect(page.locator('[data-search-page-input]').inputValue()).resolves.toBe('pipeline coverage');
    const hrefs = await resultLinks(page, '[data-search-results]');
    expect(hrefs).toContain('/industries/telehealth-platform-services/');
    expect(hrefs).toContain('/kpis/pipeline-coverage/');
    await expect(page.locator('.search-page__status').textContent()).resolves.toMatch(
      /^\d+ results? for “pipeline coverage”/,
    );
    await expect(page.locator('[data-search-results] mark').first().textContent()).resolves.toMatch(
      /pipeline|coverage/i,
    );
    await expect(page.locator('[data-search-results] .search-result__section-link').count()).resolves.toBeGreaterThan(
      0,
    );

    const pagefind = (await transfers()).filter(([url]) => url.includes('/pagefind/'));
    const wire = pagefind.reduce((sum, [, size]) => sum + size, 0);
    // Pagefind's index files are gzipped at build time; its two scripts are not, and any real host would gzip them.
    const scripts = pagefind.filter(([url]) => url.endsWith('.js'));
    const saved = scripts.reduce((sum, [url]) => sum + fileOf(url).length - gzipSync(fileOf(url)).length, 0);
    const hosted = wire - saved;
    console.info(
      `search bandwidth, first query on /search/: ${pagefind.length} requests, ${wire} bytes over the wire ` +
        `(test server, no compression), ${hosted} bytes with Pagefind's scripts gzipped by the host`,
    );
    console.info(pagefind.map(([url, size]) => `  ${size}\t${new URL(url).pathname}`).join('\n'));
    expect(pagefind.length).toBeGreaterThan(3);
    // Facets are closed: a first query fetches no filter index.
    expect(pagefind.filter(([url]) => url.includes('/pagefind/filter/'))).toEqual([]);
    await expect(page.locator('[data-search-facets]').isHidden()).resolves.toBe(true);
    await page.close();
  });

  it('narrows results with the industry filter and shows counts', async () => {
    const { page, problems } = await openPage(browser(), `${inject('origin')}/search/?q=pipeline+coverage`);
    const transfers = recordTransfers(page);
    await page.locator('[data-search-results] .search-result').first().waitFor();
    const before = await page.locator('[data-search-results] .search-result').count();
    const toggle = page.getByRole('button', { name: 'Filter results' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await page.locator('fieldset[data-facet="industry"]').waitFor();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    expect((await transfers()).some(([url]) => url.includes('/pagefind/filter/'))).toBe(true);
    const option = page.locator('fieldset[data-facet="industry"] label', { hasText: 'Telehealth Platform Services' });
    // Past the first few values a facet folds the rest under "Show n more", as a reader would open it.
    if (!(await option.isVisible())) await page.locator('fieldset[data-facet="industry"] summary').click();
    const count = Number(await option.locator('.facet-count').evaluate((node) => node.firstChild?.textContent));
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(before);
    await option.locator('input').check();
    await page.waitForURL(/industry=Telehealth\+Platform\+Services/);
    await expect.poll(() => page.locator('[data-search-results] .search-result').count()).toBe(count);
    await expect(page.locator('.search-page__status').textContent()).resolves.toMatch(
      new RegExp(`^${count} results? for “pipeline coverage” with your filters`),
    );
    await expect(resultLinks(page, '[data-search-results]')).resolves.toContain(
      '/industries/telehealth-platform-services/',
    );
    // Other facets are counted within the filter: every KPI page drops out of the content types.
    await expect(page.locator('fieldset[data-facet="type"] label', { hasText: 'KPI' }).count()).resolves.toBe(0);
    await page.goBack();
    await expect.poll(() => page.locator('[data-search-results] .search-result').count()).toBe(before);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const { page } = await openPage(browser(), `${inject('origin')}/search/?q=pipeline+coverage`);
    await page.locator('[data-search-results] .search-result').first().waitFor();
    await page.locator('[data-search-page-input]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    const links = await page
      .locator('[data-search-results] a[data-search-result]')
      .evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(target).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-search-page-input'))).resolves.toBe(
      true,
    );
    await page.keyboard.press('ArrowDown');
    await Promise.all([
      page.waitForURL((url) => url.pathname === links[0]?.split('#')[0]),
      page.keyboard.press('Enter'),
    ]);
    await page.close();
  });

  it('opens the filters at once when the URL has some', async () => {
    const { page, problems } = await openPage(browser(), `${inject('origin')}/search/?q=churn&type=KPI`);
    await page.locator('fieldset[data-facet="type"] input[value="KPI"]:checked').waitFor();
    await expect(page.getByRole('button', { name: 'Filter results' }).getAttribute('aria-expanded')).resolves.toBe(
      'true',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('helps when nothing matches', async () => {
    const { page, problems } = await openPage(browser(), `${inject('origin')}/search/?q=zzqxv&type=KPI`);
    await page.locator('[data-search-empty]').waitFor();
    await expect(page.locator('.search-page__status').textContent()).resolves.toBe(
      'No results for “zzqxv” with these filters.',
    );
    await expect(page.locator('[data-search-empty] a[href="/topics/"]').isVisible()).resolves.toBe(true);
    // Nothing matches without the filter either, so clearing it is not offered.
    await expect(page.locator('[data-search-empty-clear]').isHidden()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a query from the URL as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__xss=1">churn';
    const { page, problems } = await openPage(
      browser(),
      `${inject('origin')}/search/?q=${encodeURIComponent(hostile)}`,
    );
    await expect.poll(() => page.locator('.search-page__status').textContent()).toContain(`“${hostile}”`);
    await expect(page.locator('[data-search-page-input]').inputValue()).resolves.toBe(hostile);
    await expect(page.evaluate(() => (window as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await expect(page.locator('main img').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('still submits without JavaScript and says that search needs it', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('origin')}/search/`);
    await page.locator('[data-search-page-input]').fill('win rate');
    await Promise.all([page.waitForURL(/\/search\/\?q=win\+rate$/), page.keyboard.press('Enter')]);
    await expect(page.locator('.search-page__notice').textContent()).resolves.toContain('needs JavaScript');
    await context.close();
  });
});

describe('header search', () => {
  it('ships no script, and submits to /search/, which shows the results', async () => {
    const page = await browser().newPage();
    const transfers = recordTransfers(page);
    await page.goto(`${inject('origin')}${article}`, { waitUntil: 'load' });
    const onLoad = await transfers();
    expect(onLoad.filter(([url]) => url.endsWith('.js') || url.includes('/pagefind/'))).toEqual([]);

    await page.getByRole('search', { name: 'Site search' }).getByLabel('Search the library').fill('pipeline coverage');
    await Promise.all([page.waitForURL(/\/search\/\?q=pipeline\+coverage$/), page.keyboard.press('Enter')]);
    await page.locator('[data-search-results] .search-result').first().waitFor();
    await expect(resultLinks(page, '[data-search-results]')).resolves.toContain('/kpis/pipeline-coverage/');
    await expect(page.locator('[data-search-page-input]').inputValue()).resolves.toBe('pipeline coverage');
    // The page's field has focus, so the arrows reach the results straight away.
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toBeTruthy();
    await Promise.all([page.waitForURL((url) => url.pathname === first?.split('#')[0]), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('is the same form without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('origin')}${article}`);
    await page.locator('#site-search-input').fill('win rate');
    await Promise.all([page.waitForURL(/\/search\/\?q=win\+rate$/), page.locator('.search-box__submit').click()]);
    await expect(page.locator('.search-page__notice').textContent()).resolves.toContain('needs JavaScript');
    await context.close();
  });
});
