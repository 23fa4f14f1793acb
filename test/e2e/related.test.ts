import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { extractLinks, findOrphans, pathOfFile } from './orphans';
import { openPage, useBrowser } from './browser';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const browser = useBrowser();

const hrefsIn = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

/** KPI pages an article links to from its own content. */
const kpiLinks = async (page: Page) =>
  new Set((await hrefsIn(page, '[data-pagefind-body] a[href^="/kpis/"]')).filter((href) => href !== '/kpis/'));

describe('related articles', () => {
  it('leads from a guide to a relevant page', async () => {
    const { page, problems } = await openPage(browser(), `${inject('origin')}/library/fractional-cro-healthtech-kpis/`);
    const deepDive = await hrefsIn(page, '#deep-dive ~ ul a[data-related-link]');
    // The editor's pick comes first.
    expect(deepDive[0]).toBe('/industries/telehealth-platform-services/');
    const more = await hrefsIn(page, '#more-from-library ~ ul a[data-related-link]');
    expect(more.length).toBeGreaterThan(0);
    expect(more.every((href) => !href.startsWith('/library/'))).toBe(true);
    const sourceKpis = await kpiLinks(page);
    await Promise.all([
      page.waitForURL(/\/industries\/telehealth-platform-services\/$/),
      page.locator('#deep-dive ~ ul a').first().click(),
    ]);
    await expect(page.locator('h1').textContent()).resolves.toContain('Telehealth');
    // Relevant: the two pages discuss KPIs in common.
    const shared = [...(await kpiLinks(page))].filter((href) => sourceKpis.has(href));
    expect(shared.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('never lists a page among its own related pages', async () => {
    for (const path of ['/library/fractional-cro-cost/', '/industries/telehealth-platform-services/']) {
      const { page } = await openPage(browser(), `${inject('origin')}${path}`);
      const related = await hrefsIn(page, 'a[data-related-link]');
      expect(related.length, path).toBeGreaterThan(0);
      expect(related, path).not.toContain(path);
      await page.close();
    }
  });

  it('lists on a KPI page the pages that use the KPI', async () => {
    const { page } = await openPage(browser(), `${inject('origin')}/kpis/pipeline-coverage/`);
    const links = await hrefsIn(page, 'main a');
    expect(links).toContain('/library/fractional-cro-healthtech-kpis/');
    expect(links).toContain('/industries/telehealth-platform-services/');
    await page.close();
  });
});

describe('internal links', () => {
  it('leave no published page without an inbound link', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
    );
    const pages = files.map(pathOfFile);
    const links = files.flatMap((file) => {
      const from = pathOfFile(file);
      return extractLinks(readFileSync(`${dist}${file}`, 'utf8'), from).map((to): [string, string] => [from, to]);
    });
    expect(pages.length).toBeGreaterThan(30);
    expect(findOrphans(pages, links, ['/', '/404.html'])).toEqual([]);
  });
});
