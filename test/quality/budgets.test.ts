/**
 * Every built page stays within the gzip budget of its page type (budgets.json). A failure
 * names the page, the asset, its size and the limit.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findOverBudget, measureSite, readBudgets } from './budgets';
import { gzipSize, measurePage, readStaticImports } from './sizes';

const budgets = readBudgets();
const pages = measureSite();

describe('size budgets', () => {
  it.each(pages.map((page) => [page.path, page] as const))('%s is within its budget', (_path, page) => {
    expect(findOverBudget(page, budgets)).toEqual([]);
  });
});

describe('page weight', () => {
  const fixture = fileURLToPath(new URL('./fixtures/site/', import.meta.url));
  const gzipOf = (file: string) => gzipSize(readFileSync(`${fixture}${file}`));

  it('counts each stylesheet once and every module loaded up front, but not lazy imports', () => {
    const html = readFileSync(`${fixture}weighed.html`, 'utf8');
    expect(measurePage(fixture, '/weighed.html', html)).toEqual({
      html: gzipSize(html),
      css: gzipOf('style.css'),
      js: ['entry.js', 'chunk.js', 'side.js', 'inline-dep.js'].reduce((sum, file) => sum + gzipOf(`_astro/${file}`), 0),
    });
  });

  it('reads static imports and re-exports in minified code, not dynamic ones', () => {
    const code =
      'import{a as b}from"./a.js";import"./b.js";export*from"./c.js";const x=import("./d.js");import * as e from \'./e.js\'';
    expect(readStaticImports(code)).toEqual(['./a.js', './b.js', './c.js', './e.js']);
  });

  it('names the page, the asset and both figures when a page is over budget', () => {
    const page = { path: '/kpis/win-rate/', type: 'kpi', html: 9000, css: 100, js: 0 };
    const tight = { limits: { kpi: { html: 8000, css: 5000, js: 1000 } }, measured: {} };
    expect(findOverBudget(page, tight)).toEqual([
      '/kpis/win-rate/ (kpi): HTML is 9000 B gzip, over the budget of 8000 B',
    ]);
    expect(findOverBudget({ ...page, path: '/press/', type: undefined }, tight)[0]).toMatch(
      /^\/press\/ fits no page type/,
    );
  });
});
