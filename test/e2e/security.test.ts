/**
 * Every built page, opened in Chromium under its real policy: no Content-Security-Policy
 * violation, no request to any host but the local server, no script error. The browser
 * is the judge here; test/quality/csp.test.ts explains failures statically.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../../scripts/built-site/site.ts';
import { settle, watchContext } from '../quality/watch';
import { useBrowser, useWatchedContext } from './browser';

const pages = listPages();
const browser = useBrowser();
const watched = useWatchedContext(browser);

/**
 * Tabs reused from address to address: opening a tab cost about 250 ms, as long as loading
 * most pages. Each address gets a fresh document (its own policy, its own listeners) and the
 * watch forgets the tab's earlier findings first; a tab goes back to the pool only after its
 * check, so two checks never share one.
 */
const idle: Page[] = [];
async function inTab<T>(check: (page: Page) => Promise<T>): Promise<T> {
  const page = idle.pop() ?? (await watched().context.newPage());
  watched().watch.forget(page);
  try {
    return await check(page);
  } finally {
    idle.push(page);
  }
}

// Pages load side by side: rendering is mostly waiting, and findings are kept per tab.
describe.concurrent('security in the browser', () => {
  it.for(pages.map((built) => built.path))(
    '%s loads within its policy and its own origin',
    async (path, { expect }) => {
      const report = await inTab(async (page) => {
        await page.goto(`${inject('origin')}${path}`, { waitUntil: 'load' });
        await settle(page);
        return watched().watch.report(page);
      });
      expect(report).toEqual({ violations: [], thirdParty: [], errors: [] });
    },
  );
});

describe('the watch itself', () => {
  it('notices violations and third-party requests when a page commits them', async () => {
    const page = await watched().context.newPage();
    await page.goto(`${inject('origin')}/`, { waitUntil: 'load' });
    // What an injected script would try: an inline style and a tracking pixel.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
      new Image().src = 'https://tracker.elsewhere.net/pixel.png';
    });
    await expect
      .poll(async () => (await watched().watch.report(page)).violations.join('\n'))
      .toMatch(/style-src-elem[\s\S]*img-src/);
    // A reused tab starts clean: what it did at one address is not blamed on the next.
    watched().watch.forget(page);
    await page.goto(`${inject('origin')}/library/`, { waitUntil: 'load' });
    expect(await watched().watch.report(page)).toEqual({ violations: [], thirdParty: [], errors: [] });
    await page.close();

    // The policy stops that request before it leaves, so prove the network watch on its own.
    const open = await browser().newContext({ bypassCSP: true });
    const openWatch = await watchContext(open);
    const unguarded = await open.newPage();
    await unguarded.goto(`${inject('origin')}/`, { waitUntil: 'load' });
    await unguarded.evaluate(() => fetch('https://tracker.elsewhere.net/beacon').catch(() => undefined));
    expect((await openWatch.report(unguarded)).thirdParty).toEqual(['https://tracker.elsewhere.net/beacon']);
    await open.close();
  });
});
