/**
 * Every built page stays within the gzip budget of its page type (budgets.json). A failure
 * names the page, the asset, its size and the limit.
 */
import { describe, expect, it } from 'vitest';
import { findOverBudget, measureSite, readBudgets } from '../../scripts/built-site/budgets.ts';

const budgets = readBudgets();
const pages = measureSite();

describe('size budgets', () => {
  it.each(pages.map((page) => [page.path, page] as const))('%s is within its budget', (_path, page) => {
    expect(findOverBudget(page, budgets)).toEqual([]);
  });
});
