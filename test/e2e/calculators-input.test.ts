/**
 * Mistakes readers hit with the calculators and the scorecard, each made on purpose in
 * the built site: impossible scorecard values, a live region that spoke per keystroke,
 * a rating placed under the wrong figure, invalid fields that looked valid, a clipped
 * choice and unused inputs on a narrow screen, and shared links without JavaScript.
 * Every wait is for a condition, never for time.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatFigure } from '~/lib/figure';
import { openPage, useBrowser } from './browser';

const browser = useBrowser();

const origin = () => inject('origin');
// Waits for a condition; the bound only stops a broken page from hanging the run on a busy machine.
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read);

/** Counts what screen readers would announce: each change of a live region's words. */
async function countAnnouncements(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((root) => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    const regions = [...root.querySelectorAll<HTMLElement>('[aria-live]')];
    const last = new Map(regions.map((region) => [region, region.textContent ?? '']));
    new MutationObserver(() => {
      for (const region of regions) {
        const text = region.textContent ?? '';
        if (text !== last.get(region) && text.trim() !== '') spoken.push(text);
        last.set(region, text);
      }
    }).observe(root, { subtree: true, childList: true, characterData: true });
  });
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);

describe('scorecard values a KPI cannot take', () => {
  it('refuses 150%, a 39-digit win rate and a negative NRR, and shows them as input errors', async () => {
    const { page, problems } = await openPage(browser(), `${origin()}/tools/kpi-scorecard/`);
    const row = (kpi: string) => page.locator(`calc-kpi-scorecard [data-kpi="${kpi}"]`);
    const status = (kpi: string) => row(kpi).locator('.scorecard__status');
    const cases = [
      ['win-rate', '150%', 'Check the value: Win rate cannot exceed 100%.'],
      ['win-rate', '1'.repeat(39), 'Check the value: Win rate cannot exceed 100%.'],
      ['net-revenue-retention', '-20', 'Check the value: Net revenue retention cannot be negative.'],
    ] as const;
    for (const [kpi, typed, message] of cases) {
      await row(kpi).locator('input').fill(typed);
      await poll(() => status(kpi).textContent()).toContain(message);
      // An input error, not a rating: no level, its own state and icon, the field marked.
      await expect(status(kpi).getAttribute('data-level')).resolves.toBeNull();
      await expect(status(kpi).getAttribute('data-state')).resolves.toBe('invalid');
      await expect(status(kpi).locator('[aria-hidden="true"]').textContent()).resolves.toBe('!');
      await expect(row(kpi).locator('input').getAttribute('aria-invalid')).resolves.toBe('true');
    }
    // NRR may pass 100%.
    await row('net-revenue-retention').locator('input').fill('135%');
    await poll(() => status('net-revenue-retention').getAttribute('data-level')).toBe('green');
    await expect(page.locator('[data-part="summary"]').textContent()).resolves.toMatch(/^8 of 9 KPIs scored/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('announcements', () => {
  it('updates the result per key but announces it once, when the value is committed', async () => {
    const { page } = await openPage(browser(), `${origin()}/tools/nrr-grr/`);
    const calc = page.locator('calc-nrr-grr');
    await countAnnouncements(page, 'calc-nrr-grr');
    const start = calc.locator('[name="start"]');
    await start.fill('');
    const typed = '$14,200,000.000';
    expect(typed).toHaveLength(15);
    await start.pressSequentially(typed);
    // The visible result followed the typing...
    await poll(() => calc.locator('[data-part="headline"]').textContent()).toBe(
      formatFigure(((14_200_000 + 900_000 - 200_000 - 450_000) / 14_200_000) * 100, 'percent'),
    );
    // ...but nothing was announced while the reader was typing (it used to be 18 times for 15 keys).
    await expect(spoken(page)).resolves.toEqual([]);
    await page.keyboard.press('Tab');
    await poll(() => spoken(page)).toHaveLength(1);
    const [said] = await spoken(page);
    expect(said).toContain(`Net revenue retention: ${await calc.locator('[data-part="headline"]').textContent()}.`);
    expect(said).toContain('Gross revenue retention: ');
    await page.close();
  });

  it('announces a scorecard row once it is committed, not per key', async () => {
    const { page } = await openPage(browser(), `${origin()}/tools/kpi-scorecard/`);
    await countAnnouncements(page, 'calc-kpi-scorecard');
    const input = page.locator('calc-kpi-scorecard [data-kpi="win-rate"] input');
    await input.fill('');
    await input.pressSequentially('150%');
    await poll(() =>
      page.locator('calc-kpi-scorecard [data-kpi="win-rate"] .scorecard__status').textContent(),
    ).toContain('cannot exceed 100%');
    await expect(spoken(page)).resolves.toEqual([]);
    await page.keyboard.press('Tab');
    await poll(() => spoken(page)).toEqual([
      expect.stringMatching(/^Win rate: Check the value: Win rate cannot exceed 100%\./),
    ]);
    await page.close();
  });
});

describe('calculator result and fields', () => {
  it('puts the GRR rating with the GRR figure, not under the NRR headline', async () => {
    const { page } = await openPage(browser(), `${origin()}/tools/nrr-grr/`);
    const calc = page.locator('calc-nrr-grr');
    await poll(() => calc.locator('[data-part="verdicts"] li').count()).toBe(1);
    await expect(calc.locator('[data-part="verdicts"]').textContent()).resolves.toContain('NRR of 108% to 120%');
    const grrRow = calc.locator('[data-part="lines"] > div', { hasText: 'Gross revenue retention' });
    await expect(grrRow.locator('[data-level]').textContent()).resolves.toContain('GRR of 88% or more');
    // Still true after the browser rewrites the result.
    await calc.locator('[name="churn"]').fill('$100k');
    await poll(() => grrRow.locator('dd').first().textContent()).toBe('94%');
    await expect(grrRow.locator('[data-level]').getAttribute('data-level')).resolves.toBe('green');
    await poll(() => calc.locator('[data-part="verdicts"] li').count()).toBe(1);
    await page.close();
  });

  it('marks an invalid field with aria-invalid, a red border and its message', async () => {
    const { page } = await openPage(browser(), `${origin()}/tools/nrr-grr/`);
    const calc = page.locator('calc-nrr-grr');
    const start = calc.locator('[name="start"]');
    const valid = await calc.locator('[name="expansion"]').evaluate((node) => getComputedStyle(node).borderTopColor);
    await start.fill('abc');
    await poll(() => start.getAttribute('aria-invalid')).toBe('true');
    await poll(() => calc.locator('[data-error-for="start"]').isVisible()).toBe(true);
    const red = await calc.evaluate((node) => getComputedStyle(node).getPropertyValue('--calc-red').trim());
    const border = await start.evaluate((node) => getComputedStyle(node).borderTopColor);
    expect(border).not.toBe(valid);
    // --calc-red is a hex colour; compare it as the rgb() the browser computes.
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(red.slice(at, at + 2), 16));
    expect(border).toBe(`rgb(${r}, ${g}, ${b})`);
    await page.close();
  });
});

describe('fractional CRO form at 390 px', () => {
  it('shows the whole "Priced as" choice and only the inputs the pricing uses', async () => {
    const { page } = await openPage(browser(), `${origin()}/tools/fractional-cro-cost/`, { width: 390, height: 844 });
    const calc = page.locator('calc-fractional-cro-cost');
    const pricing = calc.locator('[name="pricing"]');
    // The longest option must fit inside the select, beside its arrow.
    const fits = await pricing.evaluate((select: HTMLSelectElement) => {
      const probe = document.createElement('span');
      const style = getComputedStyle(select);
      probe.style.font = style.font;
      probe.style.position = 'absolute';
      probe.style.whiteSpace = 'nowrap';
      document.body.append(probe);
      const widths = [...select.options].map((option) => {
        probe.textContent = option.text;
        return probe.getBoundingClientRect().width;
      });
      probe.remove();
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      return { longest: Math.max(...widths), room };
    });
    expect(fits.longest).toBeLessThanOrEqual(fits.room);

    const field = (name: string) => calc.locator(`[data-field="${name}"]`);
    await poll(() => field('dayRate').isVisible()).toBe(true);
    await poll(() => field('retainer').isVisible()).toBe(false);
    await pricing.selectOption('retainer');
    await poll(() => field('dayRate').isVisible()).toBe(false);
    await poll(() => field('retainer').isVisible()).toBe(true);
    await calc.locator('[name="retainer"]').fill('$15k');
    await poll(() => calc.locator('[data-part="headline"]').textContent()).toBe('$180,000');
    await expect(calc.locator('[data-part="working"]').textContent()).resolves.toBe(
      '$15,000 retainer = $15,000 a month × 12 = $180,000 a year',
    );
    await page.close();
  });

  it('ignores a day rate the retainer pricing does not use, even a broken one from a link', async () => {
    const { page } = await openPage(
      browser(),
      `${origin()}/tools/fractional-cro-cost/?pricing=retainer&retainer=15000&dayRate=abc`,
    );
    const calc = page.locator('calc-fractional-cro-cost');
    await poll(() => calc.locator('[data-part="headline"]').textContent()).toBe('$180,000');
    await poll(() => calc.locator('[data-field="dayRate"]').isVisible()).toBe(false);
    await expect(calc.locator('[name="dayRate"]').getAttribute('aria-invalid')).resolves.toBe('false');
    await expect(calc.locator('[name="retainer"]').inputValue()).resolves.toBe('$15,000');
    await page.close();
  });
});

describe('a shared link without JavaScript', () => {
  it('says on the page that the link needs JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin()}/tools/nrr-grr/?start=2000000`, { waitUntil: 'load' });
    const note = page.locator('calc-nrr-grr .calc__noscript');
    await poll(() => note.isVisible()).toBe(true);
    await expect(note.textContent()).resolves.toContain('the numbers in a shared link');
    // The defaults still show, so the note is what tells the reader they are not the link's.
    await expect(page.locator('calc-nrr-grr [name="start"]').inputValue()).resolves.toBe('$5,000,000');
    const scorecard = await context.newPage();
    await scorecard.goto(`${origin()}/tools/kpi-scorecard/?win-rate=30`, { waitUntil: 'load' });
    await poll(() => scorecard.locator('calc-kpi-scorecard .calc__noscript').isVisible()).toBe(true);
    await context.close();

    const { page: scripted } = await openPage(browser(), `${origin()}/tools/nrr-grr/?start=2000000`);
    await poll(() => scripted.locator('calc-nrr-grr .calc__noscript').isVisible()).toBe(false);
    await scripted.close();
  });
});
