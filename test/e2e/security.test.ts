/**
 * Every built page, opened in Chromium under its real policy: no Content-Security-Policy
 * violation, no request to any host but the local server, no script error. The browser
 * is the judge here; test/quality/csp.test.ts explains failures statically.
 */
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../../scripts/built-site/site.ts';
import { settle, watchContext } from '../quality/watch';
import { useBrowser, useWatchedContext } from './browser';

const pages = listPages();
const browser = useBrowser();
const watched = useWatchedContext(browser);

// Pages load side by side: rendering is mostly waiting, and findings are kept per page.
describe.concurrent('security in the browser', () => {
  it.for(pages.map((built) => built.path))(
    '%s loads within its policy and its own origin',
    async (path, { expect }) => {
      const page = await watched().context.newPage();
      await page.goto(`${inject('origin')}${path}`, { waitUntil: 'load' });
      await settle(page);
      const report = await watched().watch.report(page);
      await page.close();
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
