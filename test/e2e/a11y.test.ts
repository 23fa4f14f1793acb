/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the largest page of every page type, in
 * light and dark colour schemes, at phone and desktop widths: zero violations. The
 * largest page of a type carries the most of its components, so it is the best sample.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { groupPages } from '../../scripts/built-site/page-types.ts';
import { listPages } from '../../scripts/built-site/site.ts';
import { useBrowser } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const samples = [...groupPages(listPages())].map(([type, pages]) => {
  const largest = pages.reduce((a, b) => (statSync(b.file).size > statSync(a.file).size ? b : a));
  return { type, path: largest.path };
});
const settings = [
  { scheme: 'light', width: 360, height: 740 },
  { scheme: 'dark', width: 360, height: 740 },
  { scheme: 'light', width: 1280, height: 900 },
  { scheme: 'dark', width: 1280, height: 900 },
] as const;

const browser = useBrowser();
const contexts = new Map<string, BrowserContext>();
beforeAll(async () => {
  for (const { scheme, width, height } of settings) {
    const context = await browser().newContext({ colorScheme: scheme, viewport: { width, height } });
    // An init script is outside the page's CSP and compiled once per context, not per page.
    await context.addInitScript({ content: axeSource });
    contexts.set(`${scheme} ${width}`, context);
  }
});

async function runAxe(page: Page): Promise<string[]> {
  const results: AxeResults = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    wcagTags,
  );
  return results.violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 5)
      .map((node) => node.target.join(' '))
      .join(' | ');
    return `${violation.id} (${violation.impact}): ${violation.help} — ${nodes}`;
  });
}

describe('accessibility gate', () => {
  it('samples every page type', () => {
    expect(samples.map((sample) => sample.type)).not.toContain('unclassified');
  });

  it('reports a violation when a page has one', async () => {
    const page = await contexts.get('light 1280')!.newPage();
    await page.goto(`${inject('origin')}/`, { waitUntil: 'load' });
    // Built through the DOM because the page's policy rightly blocks style attributes in markup.
    await page.evaluate(() => {
      const faint = Object.assign(document.createElement('p'), { textContent: 'faint' });
      Object.assign(faint.style, { color: '#ccc', background: '#fff' });
      document
        .querySelector('main')
        ?.append(faint, Object.assign(document.createElement('img'), { src: '/favicon.svg' }));
    });
    // The page's own findings belong to the per-type tests below; here only the planted faults matter.
    expect(await runAxe(page)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^color-contrast \(serious\).*#main > p/),
        expect.stringMatching(/^image-alt \(critical\)/),
      ]),
    );
    await page.close();
  });
});

// Side by side: axe's colour-contrast pass is CPU-bound, and each page renders in its own process.
describe.concurrent('axe (WCAG 2.x A/AA) on each page type, scheme and width', () => {
  const cases = samples.flatMap((sample) => settings.map((setting) => ({ ...sample, ...setting })));
  it.for(cases)('$type $path, $scheme $width px', async (c, { expect }) => {
    const page = await contexts.get(`${c.scheme} ${c.width}`)!.newPage();
    await page.goto(`${inject('origin')}${c.path}`, { waitUntil: 'load' });
    const violations = await runAxe(page);
    await page.close();
    expect(violations).toEqual([]);
  });
});

// Results only exist once a query has run, so the page-type run on /search/ never sees them.
describe.concurrent('axe on /search/ with results', () => {
  it.for(settings)('$scheme $width px', async (setting, { expect }) => {
    const page = await contexts.get(`${setting.scheme} ${setting.width}`)!.newPage();
    await page.goto(`${inject('origin')}/search/?q=pipeline`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('[data-search-results] a[data-search-result]').count()).toBeGreaterThan(0);
    const violations = await runAxe(page);
    await page.close();
    expect(violations).toEqual([]);
  });
});
