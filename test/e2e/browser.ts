/** Launches the system Chromium through playwright-core and collects console errors per page. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '~/lib/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[];
}

/** A new page whose console errors, uncaught exceptions and failed requests are recorded. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 900 },
): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}
