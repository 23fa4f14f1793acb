/**
 * Drives every /tools/<id>/ page in one headless Chromium: types values and checks the
 * result against the formula worked out here, tries bad input and hostile links, round-
 * trips a shared link, exports the scorecard and uses a calculator by keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatFigure } from '~/lib/figure';
import { calculatorIds, calculators } from '~/calculators/registry';
import { openPage, useBrowser } from './browser';

const browser = useBrowser();

const origin = () => inject('origin');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const calc = (page: Page, id: string) => page.locator(`calc-${id}`);
const headline = (page: Page, id: string) => calc(page, id).locator('[data-part="headline"]');
const problem = (page: Page, id: string) => calc(page, id).locator('[data-part="problem"]');

async function fill(page: Page, id: string, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const control = calc(page, id).locator(`[name="${name}"]`);
    if ((await control.evaluate((node) => node.tagName)) === 'SELECT') await control.selectOption(value);
    else await control.fill(value);
  }
}

// Each case types its own inputs and states the expected headline from the formula.
const cases: Record<string, { inputs: Record<string, string>; expected: string }> = {
  'pipeline-coverage': {
    inputs: {
      target: '$400k',
      discovery: '1,200,000',
      discoveryProbability: '10%',
      evaluation: '$900k',
      evaluationProbability: '25',
      proposal: '0',
      negotiation: '$650k',
      negotiationProbability: '80%',
    },
    expected: formatFigure((1_200_000 * 0.1 + 900_000 * 0.25 + 0 + 650_000 * 0.8) / 400_000, 'multiple'),
  },
  'cac-payback': {
    inputs: { spend: '$600k', newCustomers: '15', revenuePerCustomer: '$4,000', grossMargin: '80%' },
    expected: formatFigure(600_000 / (15 * 4_000 * 0.8), 'months'),
  },
  'nrr-grr': {
    inputs: { start: '$2m', expansion: '$300k', contraction: '100,000', churn: '$150k' },
    expected: formatFigure(((2_000_000 + 300_000 - 100_000 - 150_000) / 2_000_000) * 100, 'percent'),
  },
  'gross-profit': {
    inputs: { dealRevenue: '$50k', deliveryCost: '$20,500' },
    expected: formatFigure(50_000 - 20_500, 'currency'),
  },
  'fractional-cro-cost': {
    inputs: { pricing: 'retainer', retainer: '$15k' },
    expected: formatFigure(15_000 * 12, 'currency'),
  },
  'funnel-conversion': {
    inputs: { won: '30', lost: '45', meetings: '150' },
    expected: formatFigure((30 / (30 + 45)) * 100, 'percent'),
  },
};

describe('calculator pages', () => {
  for (const id of calculatorIds) {
    it(`${id}: shows the default result, the formula's result for typed values, and explains bad input`, async () => {
      const { page, problems } = await openPage(browser(), `${origin()}/tools/${id}/`);
      // Before any input: the server-rendered result for the defaults.
      const defaults = calculators[id].evaluate(
        Object.fromEntries(calculators[id].fields.map((field) => [field.name, field.default])),
      );
      await expect(headline(page, id).textContent()).resolves.toBe(
        defaults.ok ? defaults.value.headline.text : 'unreachable',
      );
      await fill(page, id, cases[id]!.inputs);
      await expect.poll(() => headline(page, id).textContent()).toBe(cases[id]!.expected);
      expect(await calc(page, id).locator('[aria-live="polite"]').count()).toBeGreaterThan(0);

      // Then bad input in the first number field: empty, negative, text, 1e308.
      const first = calculators[id].fields.find((field) => field.kind === 'number')!;
      const input = calc(page, id).locator(`[name="${first.name}"]`);
      const error = calc(page, id).locator(`[data-error-for="${first.name}"]`);
      for (const [typed, message] of [
        ['', /Enter a number/],
        ['-5', /or more/],
        ['lots', /"lots" is not a number/],
        ['1e308', /scientific notation/],
      ] as const) {
        await input.fill(typed);
        await expect.poll(() => error.textContent()).toMatch(message);
        await expect(error.isVisible()).resolves.toBe(true);
        await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
        await expect(problem(page, id).textContent()).resolves.toContain(`check ${first.label}`);
        await expect(calc(page, id).textContent()).resolves.not.toMatch(/NaN|Infinity|undefined/);
      }
      await input.fill('1');
      await expect.poll(() => input.getAttribute('aria-invalid')).toBe('false');
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('gives a reason, not a number, when the maths has no result', async () => {
    const { page } = await openPage(browser(), `${origin()}/tools/cac-payback/`);
    await fill(page, 'cac-payback', { grossMargin: '0' });
    await expect
      .poll(() => problem(page, 'cac-payback').textContent())
      .toMatch(/^No result: With a gross margin of 0% or less/);
    await expect(headline(page, 'cac-payback').isVisible()).resolves.toBe(false);
    await fill(page, 'cac-payback', { grossMargin: '70', newCustomers: '0' });
    await expect.poll(() => problem(page, 'cac-payback').textContent()).toMatch(/No new customers/);
    await page.close();
  });

  it('treats a hostile query string as bad input and injects nothing', async () => {
    const hostile = encodeURIComponent('<script>alert(1)</script>');
    const { page, problems } = await openPage(
      browser(),
      `${origin()}/tools/pipeline-coverage/?target=${hostile}&coverageBasis=%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E`,
    );
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    const id = 'pipeline-coverage';
    await expect
      .poll(() => calc(page, id).locator('[data-error-for="target"]').textContent())
      .toMatch(/is not a number/);
    await expect(calc(page, id).locator('[name="target"]').inputValue()).resolves.toBe('<script>alert(1)</script>');
    await expect(calc(page, id).locator('[data-error-for="coverageBasis"]').textContent()).resolves.toMatch(/^Choose /);
    await expect(problem(page, id).isVisible()).resolves.toBe(true);
    expect(
      await page.locator('calc-pipeline-coverage script, calc-pipeline-coverage img, main script:not([type])').count(),
    ).toBe(0);
    expect(dialogs).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('round-trips a shared link', async () => {
    const id = 'nrr-grr';
    const { page } = await openPage(browser(), `${origin()}/tools/${id}/`);
    await fill(page, id, { start: '$3.5m', expansion: '$420k', churn: '$210k', grrBasis: 'churn-only' });
    const shown = await headline(page, id).textContent();
    await calc(page, id).getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => calc(page, id).locator('[data-part="share-status"]').textContent())
      .toMatch(/copied|Copy the selected link/);
    const link = await calc(page, id).locator('[data-part="share"] input').inputValue();
    expect(new URL(link).searchParams.get('start')).toBe('3500000');
    expect(page.url()).toBe(link);
    await page.close();

    const { page: restored, problems } = await openPage(browser(), link);
    // Restored like typed values read, not as the link's raw "3500000".
    await expect(calc(restored, id).locator('[name="start"]').inputValue()).resolves.toBe('$3,500,000');
    await expect(calc(restored, id).locator('[name="grrBasis"]').inputValue()).resolves.toBe('churn-only');
    await expect.poll(() => headline(restored, id).textContent()).toBe(shown);
    expect(problems).toEqual([]);
    await restored.close();
  });

  it('works from the keyboard alone', async () => {
    const id = 'pipeline-coverage';
    const { page } = await openPage(browser(), `${origin()}/tools/${id}/`);
    await calc(page, id).locator('[name="target"]').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('800000');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('coverageBasis');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => calc(page, id).locator('[data-part="headline-label"]').textContent())
      .toBe('Unweighted coverage');
    await expect(headline(page, id).textContent()).resolves.toBe(formatFigure(3_600_000 / 800_000, 'multiple'));
    for (let step = 0; step < 40; step++) {
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Copy link') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => calc(page, id).locator('[data-part="share-status"]').textContent()).not.toBe('');
    await page.close();
  });

  // axe takes seconds per page on a 2-core machine, so it checks the richest form (fieldsets,
  // a select, an error showing) and the scorecard; every calculator shares the same markup.
  it('passes axe accessibility checks on a calculator with an error showing and on the scorecard', async () => {
    const violations: string[] = [];
    for (const id of ['pipeline-coverage', 'kpi-scorecard']) {
      const { page } = await openPage(browser(), `${origin()}/tools/${id}/`);
      // The page's CSP blocks an injected <script>; code evaluated over the DevTools protocol is not page script.
      await page.evaluate(readFileSync(axePath, 'utf8'));
      const tag = `calc-${id}`;
      if (id !== 'kpi-scorecard') await page.locator(`${tag} input[type="text"]`).first().fill('-1');
      const found = await page.evaluate(async (selector) => {
        const axe = (
          window as unknown as {
            axe: { run: (context: string) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const result = await axe.run(selector);
        return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
      }, tag);
      violations.push(...found.map((violation) => `${id}: ${violation}`));
      await page.close();
    }
    expect(violations).toEqual([]);
  });
});
