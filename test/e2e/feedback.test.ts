/**
 * Feedback and view counts switched on: builds the site with the endpoint pointing at a
 * receiver on a loopback port and a views file, then answers "Was this helpful?" in
 * Chromium with JavaScript and without, and finds each answer in SQLite.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '~/lib/feedback/rate-limit';
import { createReceiver } from '~/lib/feedback/receiver';
import { readSitePages } from '~/lib/feedback/site-pages';
import { openStore, type FeedbackStore } from '~/lib/feedback/store';
import { listPages } from '../../scripts/built-site/site.ts';
import { watchContext } from '../quality/watch';
import { useBrowser } from './browser';
import { buildSite } from './build-site';
import { serveDirectory } from '../../scripts/static-server.ts';

const work = mkdtempSync(join(tmpdir(), 'pulse-feedback-e2e-'));
const outDir = join(work, 'dist');
// A calculator-free guide (no JavaScript unless feedback is on) that the views file counts,
// and a guide with a calculator that it does not.
const counted = '/library/fractional-cro-healthtech-kpis/';
const uncounted = '/library/fractional-cro-cost/';
const day = '2026-12-06';
const pages = new Set<string>();
let store: FeedbackStore;
let site: { server: Server; origin: string };
let receiver: Server;

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
const close = (server: Server | undefined) =>
  new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));

beforeAll(async () => {
  mkdirSync(outDir);
  site = await serveDirectory(outDir);
  store = openStore(join(work, 'feedback.sqlite'));
  const minute = 60_000;
  receiver = createServer(
    createReceiver({
      store,
      pages,
      siteOrigin: site.origin,
      answerLimiter: createRateLimiter({ limit: 20, windowMs: 10 * minute, maxClients: 100 }),
      viewLimiter: createRateLimiter({ limit: 100, windowMs: 10 * minute, maxClients: 100 }),
      // A fixed day, so a run that crosses midnight files its answers under the day it expects.
      now: () => new Date(`${day}T12:00:00Z`),
    }),
  );
  const receiverOrigin = await listen(receiver);
  const viewsFile = join(work, 'views.json');
  writeFileSync(viewsFile, JSON.stringify({ [counted]: 1234 }));
  await buildSite(outDir, {
    PULSE_FEEDBACK_ENDPOINT: `${receiverOrigin}/feedback`,
    PULSE_VIEWS_BEACON: '1',
    PULSE_VIEWS_FILE: viewsFile,
  });
  // The receiver accepts the pages of the build it serves, known only once the build is done.
  for (const page of readSitePages(outDir)) pages.add(page);
}, 600_000);

afterAll(async () => {
  await Promise.all([close(site?.server), close(receiver)]);
  store?.close();
  rmSync(work, { recursive: true, force: true });
});

// Registered after the hooks above: the browser starts once the site is served and closes first.
const browser = useBrowser();

describe('reader feedback, switched on', () => {
  it('sends the answer in place with JavaScript, counts the view, and shows the count', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const watch = await watchContext(context);
    const page = await context.newPage();
    await page.goto(`${site.origin}${counted}`, { waitUntil: 'load' });
    expect(await page.locator('.view-count').textContent()).toBe('1.2K views');
    await expect.poll(() => store.viewTotals().get(counted)).toBe(1);

    await page.getByRole('radio', { name: 'Yes' }).check();
    await page.getByLabel('Anything to add?').fill('Clear on the KPIs (sent with JavaScript)');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page.locator('#feedback-thanks').waitFor({ state: 'visible' });
    expect(await page.locator('.feedback__form').isVisible()).toBe(false);
    expect(page.url()).toBe(`${site.origin}${counted}`);
    expect(store.listAnswers()).toContainEqual({
      page: counted,
      helpful: true,
      comment: 'Clear on the KPIs (sent with JavaScript)',
      day,
    });
    expect(await watch.report(page)).toEqual({ violations: [], thirdParty: [], errors: [] });
    await context.close();
  });

  it('posts the form without JavaScript and lands back on the page’s thanks', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${uncounted}`, { waitUntil: 'load' });
    expect(await page.locator('.view-count').count()).toBe(0);

    await page.getByRole('radio', { name: 'No' }).check();
    await page.getByLabel('Anything to add?').fill('Needs a worked example (sent without JavaScript)');
    await page.getByRole('button', { name: 'Send answer' }).click();
    // A form-action the policy blocked would stop here: the post never leaves the page.
    await page.waitForURL(`${site.origin}${uncounted}#feedback-thanks`);
    await page.locator('#feedback-thanks').waitFor({ state: 'visible' });
    expect(await page.locator('.feedback__form').isVisible()).toBe(false);
    expect(store.listAnswers()).toContainEqual({
      page: uncounted,
      helpful: false,
      comment: 'Needs a worked example (sent without JavaScript)',
      day,
    });
    // No script ran, so no beacon was sent for this page.
    expect(store.viewTotals().get(uncounted)).toBeUndefined();
    await context.close();
  });

  it('shows a view count only on the page the views file counts', () => {
    const withCount = listPages(outDir)
      .filter((built) => readFileSync(built.file, 'utf8').includes('class="view-count"'))
      .map((built) => built.path);
    expect(withCount).toEqual([counted]);
  });
});
