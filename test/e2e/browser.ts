/** Launches the system Chromium through playwright-core and collects console errors per page. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumArgs, findChromium } from '~/lib/chromium';
import { type Watch, watchContext } from '../quality/watch';

function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
}

/** Reads what a hook made; it exists once the hook has run, inside tests and later hooks. */
export type Started<T> = () => T;

function started<T>(read: () => T | undefined, what: string): Started<T> {
  return () => {
    const value = read();
    if (value === undefined) throw new Error(`${what} starts in beforeAll: use it inside a test or a later hook`);
    return value;
  };
}

/**
 * One Chromium for the calling test file: launched before its tests, closed after them.
 * Call it at the top level of the file, after any beforeAll whose work must come first
 * (a build, a server): before-hooks run in the order they are registered.
 */
export function useBrowser(): Started<Browser> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return started(() => browser, 'The browser');
}

export interface WatchedContext {
  context: BrowserContext;
  /** Holds every page of the context to its CSP and its own origin (test/quality/watch.ts). */
  watch: Watch;
}

/** A desktop-sized context of `browser`, under the watch, made once before the file's tests. */
export function useWatchedContext(browser: Started<Browser>): Started<WatchedContext> {
  let watched: WatchedContext | undefined;
  beforeAll(async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    watched = { context, watch: await watchContext(context) };
  });
  return started(() => watched, 'The watched context');
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
