/**
 * Opens one page of every type in a phone-sized headless Chromium and checks what a
 * reader and a crawler get: the key content, valid JSON-LD of the right types, no
 * console errors or failed requests, no sideways scrolling at 360 px, and no script
 * other than structured data and a calculator where the page has one.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { openPage, useBrowser } from './browser';

const guideId = 'fractional-cro-healthtech-kpis';
const industryId = 'telehealth-platform-services';
const kpiId = 'pipeline-coverage';

/** Frontmatter of a content file, so expectations follow the content instead of copying it. */
function readFrontmatter(path: string): Record<string, any> {
  const source = readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) throw new Error(`content/${path} has no frontmatter`);
  return parse(match[1]!) as Record<string, any>;
}
const guide = readFrontmatter(`guides/${guideId}.md`);
const industry = readFrontmatter(`industries/${industryId}.md`);
const trainingId = 'net-new-logo-reboot';
const training = readFrontmatter(`trainings/${trainingId}.md`);

/** Plain words of a Markdown-ish string, for comparing with rendered text. */
const plain = (text: string) =>
  text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const browser = useBrowser();

async function jsonLdTypes(page: Page): Promise<string[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((block) => (JSON.parse(block) as { '@type': string })['@type']).sort();
}

interface Case {
  name: string;
  path: string | ((page: Page) => Promise<string>);
  types: string[];
  check?: (page: Page) => Promise<void>;
  status?: number;
}

const faqType = (data: Record<string, any>) => (data.faq?.length ? ['FAQPage'] : []);

const cases: Case[] = [
  {
    name: 'home',
    path: '/',
    types: ['WebSite'],
    check: async (page) => {
      await expect(page.locator('.collections a').count()).resolves.toBe(5);
      await expect(page.locator('.collections a[href="/training/"]').count()).resolves.toBe(1);
      // The newest articles, whichever they are: each a link to a guide or an industry page.
      const newest = page.locator('section[aria-labelledby="newest"] li a');
      await expect(newest.count()).resolves.toBe(6);
      for (const href of await newest.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
        expect(href).toMatch(/^\/(library|industries)\/[a-z0-9-]+\/$/);
    },
  },
  {
    name: 'guide',
    path: `/library/${guideId}/`,
    types: ['Article', 'BreadcrumbList', ...faqType(guide)].sort(),
    check: async (page) => {
      const answer = page.locator('.quick-answer');
      await expect(answer.isVisible()).resolves.toBe(true);
      expect(plain((await answer.textContent()) ?? '')).toContain(plain(guide.quickAnswer));
      await expect(page.locator('ol.steps > li').count()).resolves.toBe(guide.steps?.length ?? 0);
      await expect(page.locator('.sources a[href^="http"]').count()).resolves.toBe(guide.sources?.length ?? 0);
      await expect(page.locator('article[data-pagefind-body]').count()).resolves.toBe(1);
    },
  },
  {
    name: 'training',
    path: `/training/${trainingId}/`,
    types: ['Article', 'BreadcrumbList', 'LearningResource', ...faqType(training)].sort(),
    check: async (page) => {
      const answer = page.locator('.quick-answer');
      await expect(answer.isVisible()).resolves.toBe(true);
      expect(plain((await answer.textContent()) ?? '')).toContain(plain(training.description));
      await expect(page.locator('.run-sheet tbody tr').count()).resolves.toBe(training.agenda.length);
      await expect(page.locator('.exercise').count()).resolves.toBe(training.exercises?.length ?? 0);
      await expect(page.locator('.sources a[href^="http"]').count()).resolves.toBe(training.sources?.length ?? 0);
      await expect(page.locator('article[data-pagefind-body]').count()).resolves.toBe(1);
    },
  },
  {
    name: 'industry',
    path: `/industries/${industryId}/`,
    types: ['Article', 'BreadcrumbList', ...faqType(industry)].sort(),
    check: async (page) => {
      expect(industry.kpis).toHaveLength(9);
      const cards = page.locator('.kpi-card');
      await expect(cards.count()).resolves.toBe(9);
      await expect(cards.nth(8).isVisible()).resolves.toBe(true);
      await expect(cards.first().locator(`a[href^="/kpis/"]`).getAttribute('href')).resolves.toBe(
        `/kpis/${industry.kpis[0].kpi}/`,
      );
      await expect(cards.first().locator('.target').textContent()).resolves.toMatch(/^Target [≥≤]?\s?\S+/);
    },
  },
  {
    name: 'KPI page',
    path: `/kpis/${kpiId}/`,
    types: ['BreadcrumbList', 'DefinedTerm'],
    check: async (page) => {
      const row = page.locator(`table.benchmarks tr[data-industry="${industryId}"]`);
      await expect(row.isVisible()).resolves.toBe(true);
      const written = industry.kpis.find((item: { kpi: string }) => item.kpi === kpiId).benchmark.text;
      await expect(row.textContent()).resolves.toContain(plain(written));
      await expect(row.getByRole('link', { name: industry.industry }).getAttribute('href')).resolves.toBe(
        `/industries/${industryId}/`,
      );
    },
  },
  {
    name: 'KPI index',
    path: '/kpis/',
    types: ['BreadcrumbList', 'CollectionPage', 'DefinedTermSet'],
    check: async (page) => {
      await expect(page.locator(`a[href="/kpis/${kpiId}/"]`).isVisible()).resolves.toBe(true);
    },
  },
  {
    name: 'topics index',
    path: '/topics/',
    types: ['BreadcrumbList', 'CollectionPage'],
    check: async (page) => {
      await expect(page.locator('.topics a[href^="/topics/"]').count()).resolves.toBeGreaterThan(0);
    },
  },
  {
    name: 'topic page',
    // The first topic listed, so the test follows whatever topics the content defines.
    path: async (page) => {
      await page.goto(`${inject('origin')}/topics/`);
      return (await page.locator('.topics a').first().getAttribute('href')) ?? '/topics/';
    },
    types: ['BreadcrumbList', 'CollectionPage'],
    check: async (page) => {
      await expect(page.locator('.entries li').count()).resolves.toBeGreaterThan(0);
    },
  },
  {
    name: '404',
    path: '/no-such-page/',
    types: [],
    status: 404,
    check: async (page) => {
      await expect(page.getByRole('link', { name: 'The library home' }).isVisible()).resolves.toBe(true);
    },
  },
];

describe('every page type', () => {
  it.each(cases)('$name', async ({ path, types, check, status = 200 }) => {
    const phone = { width: 360, height: 800 };
    let target = typeof path === 'string' ? path : '';
    if (typeof path !== 'string') {
      const scout = await browser().newPage();
      target = await path(scout);
      await scout.close();
    }
    const url = `${inject('origin')}${target}`;
    const { page, problems } = await openPage(browser(), url, phone);
    try {
      await expect(page.locator('h1').count()).resolves.toBe(1);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await expect(jsonLdTypes(page)).resolves.toEqual(types);
      // Only calculators (and /search/, not sampled here) ship JavaScript; calculators-size.test.ts checks them.
      const hasCalculator = await page.evaluate(() =>
        [...document.querySelectorAll('*')].some((element) => element.localName.startsWith('calc-')),
      );
      if (!hasCalculator) {
        await expect(page.locator('script:not([type="application/ld+json"])').count()).resolves.toBe(0);
      }
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(phone.width);
      await check?.(page);
      // The 404 page is served with its status on purpose; anything else is a fault.
      const expected = status === 404 ? [`HTTP 404: ${url}`] : [];
      expect(
        problems.filter((problem) => !(status === 404 && problem.startsWith('console: Failed to load resource'))),
      ).toEqual(expected);
    } finally {
      await page.close();
    }
  });
});

describe('feed', () => {
  it('lists guides and industry pages with absolute links, newest first', async () => {
    const response = await fetch(`${inject('origin')}/rss.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>[\s\S]*?<pubDate>([^<]+)<\/pubDate>/g)];
    const paths = links.map(([, link]) => new URL(link!).pathname);
    expect(paths).toContain(`/library/${guideId}/`);
    expect(paths).toContain(`/industries/${industryId}/`);
    const dates = links.map(([, , date]) => Date.parse(date!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});
