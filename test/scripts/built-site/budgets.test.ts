/** The budget rules themselves, on made-up figures (the gate over dist/ is test/quality/budgets.test.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findOverBudget, readBudgets, summarise } from '../../../scripts/built-site/budgets.ts';

const dir = mkdtempSync(join(tmpdir(), 'pulse-budgets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('size budgets', () => {
  it('names the page, the asset and both figures when a page is over budget', () => {
    const page = { path: '/kpis/win-rate/', type: 'kpi', html: 9000, css: 100, js: 0 };
    const tight = { limits: { kpi: { html: 8000, css: 5000, js: 1000 } }, measured: {} };
    expect(findOverBudget(page, tight)).toEqual([
      '/kpis/win-rate/ (kpi): HTML is 9000 B gzip, over the budget of 8000 B',
    ]);
    expect(findOverBudget({ ...page, path: '/press/', type: undefined }, tight)[0]).toMatch(
      /^\/press\/ fits no page type/,
    );
    expect(findOverBudget({ ...page, type: 'tool' }, tight)).toEqual([
      '/kpis/win-rate/: budgets.json has no limits for page type "tool"',
    ]);
  });

  it('keeps the largest figure of each asset per type, and the page with the most HTML', () => {
    const pages = [
      { path: '/kpis/a/', type: 'kpi', html: 100, css: 900, js: 0 },
      { path: '/kpis/b/', type: 'kpi', html: 300, css: 200, js: 50 },
      { path: '/press/', type: undefined, html: 9999, css: 9999, js: 9999 },
    ];
    expect(summarise(pages)).toEqual({ kpi: { page: '/kpis/b/', html: 300, css: 900, js: 50 } });
  });

  it('rejects a limit that is not a positive whole number of bytes', () => {
    const file = join(dir, 'budgets.json');
    writeFileSync(file, JSON.stringify({ limits: { kpi: { html: 8000, css: 0, js: 1000 } } }));
    expect(() => readBudgets(file)).toThrow('limits.kpi.css must be a positive whole number of gzip bytes');
  });
});
