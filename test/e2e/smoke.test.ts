import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('smoke', () => {
  it('opens the home page without console errors', async () => {
    const { page, problems } = await openPage(browser, `${inject('origin')}/`);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Pulse');
    expect(problems).toEqual([]);
    await page.close();
  });
});
