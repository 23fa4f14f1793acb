/** The standalone KPI scorecard and the /tools/ index, in headless Chromium. */
import { describe, expect, inject, it } from 'vitest';
import { calculatorIds } from '~/calculators/registry';
import { openPage, useBrowser } from './browser';

const browser = useBrowser();

const origin = () => inject('origin');

describe('KPI scorecard', () => {
  it('rates typed values by direction, exports CSV and restores from a link', async () => {
    const { page, problems } = await openPage(browser(), `${origin()}/tools/kpi-scorecard/`);
    const card = page.locator('calc-kpi-scorecard');
    const row = (kpi: string) => card.locator(`[data-kpi="${kpi}"]`);
    const status = (kpi: string) => row(kpi).locator('.scorecard__status');
    // Net revenue retention: higher is better, 108–120 %. Gross revenue churn: lower is better, under 12 %.
    await row('net-revenue-retention').locator('input').fill('112%');
    await row('gross-revenue-churn').locator('input').fill('13');
    await row('sales-cycle-length').locator('input').fill('15');
    await row('win-rate').locator('input').fill('<script>alert(1)</script>');
    await expect.poll(() => status('net-revenue-retention').getAttribute('data-level')).toBe('green');
    await expect(status('net-revenue-retention').textContent()).resolves.toContain('On target');
    await expect(status('gross-revenue-churn').getAttribute('data-level')).resolves.toBe('yellow');
    await expect(status('gross-revenue-churn').textContent()).resolves.toContain('within 15%');
    await expect(status('sales-cycle-length').getAttribute('data-level')).resolves.toBe('red');
    await expect(status('win-rate').textContent()).resolves.toContain('is not a number');
    await expect(row('win-rate').locator('input').getAttribute('aria-invalid')).resolves.toBe('true');
    const rows = await card.locator('[data-kpi]').count();
    await expect(card.locator('[data-part="summary"]').textContent()).resolves.toMatch(
      new RegExp(`^${rows - 1} of ${rows} KPIs scored: \\d+ on target, \\d+ close, \\d+ off target\\.$`),
    );
    expect(await card.locator('script, img').count()).toBe(0);

    const href = await card.locator('[data-part="csv"]').getAttribute('href');
    const csv = decodeURIComponent(href!.replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(csv).toContain(
      'Net revenue retention,percent,Higher is better,108 to 120 percent for a healthy platform,108,120,112,On target',
    );
    expect(csv).toMatch(/Gross revenue churn,percent,Lower is better,.*,8,12,13,Close: within 15% of target/);
    const [download] = await Promise.all([page.waitForEvent('download'), card.locator('[data-part="csv"]').click()]);
    expect(download.suggestedFilename()).toBe('telehealth-platform-services-kpi-scorecard.csv');

    const link = await card.locator('[data-part="share"] input').inputValue();
    expect(new URL(link).searchParams.get('net-revenue-retention')).toBe('112');
    await page.close();
    const { page: restored } = await openPage(browser(), link);
    const again = restored.locator('calc-kpi-scorecard [data-kpi="gross-revenue-churn"]');
    await expect(again.locator('input').inputValue()).resolves.toBe('13%');
    await expect.poll(() => again.locator('.scorecard__status').getAttribute('data-level')).toBe('yellow');
    await expect(
      restored.locator('calc-kpi-scorecard [data-kpi="win-rate"] .scorecard__status').textContent(),
    ).resolves.toContain('is not a number');
    expect(problems).toEqual([]);
    await restored.close();
  });

  it('lists every tool on /tools/', async () => {
    const { page, problems } = await openPage(browser(), `${origin()}/tools/`);
    const links = await page
      .locator('main a[href^="/tools/"]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
    expect(links).toEqual(
      expect.arrayContaining([...calculatorIds.map((id) => `/tools/${id}/`), '/tools/kpi-scorecard/']),
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
