/**
 * Keyboard-only walks of the two interactive features: a calculator and search. No mouse,
 * no element.click(): only Tab, typing and the keys a reader would press. Every stop must
 * show where focus is, results must reach an aria-live region, and the whole walk stays
 * inside the page's CSP and its own origin.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, useWatchedContext } from './browser';

const browser = useBrowser();
const watched = useWatchedContext(browser);

interface FocusStop {
  /** tag#id or tag.class, or the text of a link. */
  name: string;
  /** Whether an outline or a box-shadow marks the focused element. */
  visible: boolean;
}

function readFocus(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return { name: 'body', visible: false };
    const style = getComputedStyle(active);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const label = active.id ? `#${active.id}` : (active.getAttribute('href') ?? active.className);
    return { name: `${active.tagName.toLowerCase()} ${label}`, visible: outlined || style.boxShadow !== 'none' };
  });
}

/** Presses Tab until `selector` has focus, returning every stop on the way (including it). */
async function tabTo(page: Page, selector: string, limit = 60): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    stops.push(await readFocus(page));
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return stops;
  }
  throw new Error(`${selector} not reached in ${limit} Tab presses; stops: ${stops.map((s) => s.name).join(' → ')}`);
}

async function replaceValue(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

const liveText = (page: Page, selector: string) => page.locator(selector).innerText();
const spokenText = async (page: Page, selector: string) => (await page.locator(selector).textContent()) ?? '';

describe('keyboard walk: pipeline coverage calculator', () => {
  it('reaches every input by Tab in order, shows focus, and announces each new result', async () => {
    const page = await watched().context.newPage();
    await page.goto(`${inject('origin')}/tools/pipeline-coverage/`, { waitUntil: 'load' });
    const calc = 'calc-pipeline-coverage';
    // The visible result follows each key; the live region speaks once a value is committed.
    const result = `${calc} [data-part="result"]`;
    const live = `${calc} [data-part="announce"][aria-live]`;
    // Tab order must follow the document order of the calculator's inputs.
    const controls = await page.$$eval(`${calc} :is(input, select, textarea):not([disabled], [readonly])`, (elements) =>
      elements
        .filter((element) => element.checkVisibility())
        .map((element) => `${element.tagName.toLowerCase()} #${element.id}`),
    );
    const [target, basis, ...rest] = controls;
    expect(target).toBe(`input #${calc}-target`);
    expect(basis).toMatch(/^select /);

    const stops = await tabTo(page, `#${calc}-target`);
    expect(stops[0]?.name, 'the first Tab stop should skip to the content').toBe('a #main');
    // The page's worked example: (1,000,000×10% + 1,000,000×30% + 800,000×60% + 800,000×85%) ÷ 500,000.
    expect(await liveText(page, result)).toContain('3.12×');

    await replaceValue(page, '$1,000,000');
    await page.keyboard.press('Tab');
    await expect.poll(() => liveText(page, result)).toContain('1.56×');
    await expect.poll(() => spokenText(page, live)).toContain('1.56×');
    expect((await readFocus(page)).name).toBe(basis);

    // A closed select changes with the arrow keys; unweighted is 3,600,000 ÷ 1,000,000.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => liveText(page, result)).toContain('3.6×');
    await expect.poll(() => spokenText(page, live)).toContain('3.6×');

    await page.keyboard.press('Shift+Tab');
    await replaceValue(page, 'lots');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator(`#${calc}-target`).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${calc}-target-error`).isVisible()).toBe(true);
    expect(await liveText(page, result)).not.toContain('3.6×');
    await expect.poll(() => spokenText(page, live)).toMatch(/^No result yet/);

    const walk = rest.length > 0 ? await tabTo(page, rest.at(-1)!.split(' ')[1]!) : [];
    expect(walk.map((stop) => stop.name)).toEqual(rest);
    const unmarked = [...stops, ...walk].filter((stop) => !stop.visible).map((stop) => stop.name);
    expect(unmarked, 'focus must be visible at every stop').toEqual([]);
    expect(await watched().watch.report(page)).toEqual({ violations: [], thirdParty: [], errors: [] });
    await page.close();
  });
});

describe('keyboard walk: search', () => {
  it('reaches the header field by Tab, submits with Enter, moves through results and opens one', async () => {
    const page = await watched().context.newPage();
    await page.goto(`${inject('origin')}/library/`, { waitUntil: 'load' });
    const stops = await tabTo(page, '#site-search-input');
    expect(stops.filter((stop) => !stop.visible).map((stop) => stop.name)).toEqual([]);

    await page.keyboard.type('pipeline coverage');
    await Promise.all([page.waitForURL(/\/search\/\?q=pipeline\+coverage$/), page.keyboard.press('Enter')]);
    const results = page.locator('[data-search-results] a[data-search-result]');
    await expect.poll(() => results.count()).toBeGreaterThan(1);
    await expect.poll(() => page.locator('[data-search-status]').innerText()).toMatch(/\d/);
    expect((await readFocus(page)).name).toBe('input #search-page-input');

    await page.keyboard.press('ArrowDown');
    const first = await results.nth(0).getAttribute('href');
    expect((await readFocus(page)).name).toBe(`a ${first}`);
    await page.keyboard.press('ArrowDown');
    expect((await readFocus(page)).name).toBe(`a ${await results.nth(1).getAttribute('href')}`);
    await page.keyboard.press('ArrowUp');
    expect((await readFocus(page)).name).toBe(`a ${first}`);
    expect((await readFocus(page)).visible).toBe(true);

    const report = await watched().watch.report(page);
    await Promise.all([page.waitForURL(new URL(first ?? '', page.url()).href), page.keyboard.press('Enter')]);
    expect(report).toEqual({ violations: [], thirdParty: [], errors: [] });
    await page.close();
  });

  it('on /search/, the page field has focus and the arrows reach the results', async () => {
    const page = await watched().context.newPage();
    await page.goto(`${inject('origin')}/search/`, { waitUntil: 'load' });
    expect((await readFocus(page)).name).toBe('input #search-page-input');
    await page.keyboard.type('telehealth');
    const results = page.locator('[data-search-results] a[data-search-result]');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-search-status]').innerText()).toMatch(/\d/);
    await page.keyboard.press('ArrowDown');
    expect((await readFocus(page)).name).toBe(`a ${await results.nth(0).getAttribute('href')}`);
    expect(await watched().watch.report(page)).toEqual({ violations: [], thirdParty: [], errors: [] });
    await page.close();
  });
});
