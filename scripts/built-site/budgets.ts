/**
 * Per-page-type size budgets, kept in budgets.json at the repository root. The limits come
 * from measuring the built site (scripts/check-budgets.ts prints the figures) plus headroom,
 * so growth is a decision someone makes in review, not drift.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifyPage, pageTypes } from './page-types.ts';
import { distDir, listPages, readPage } from './site.ts';
import { type Asset, measurePage, type PageWeight } from './page-weight.ts';

export const budgetsFile = fileURLToPath(new URL('../../budgets.json', import.meta.url));

export interface Budgets {
  /** Limits in gzip bytes, per page type. */
  limits: Record<string, PageWeight>;
  /** The largest page of each type when the limits were last set, for the record. */
  measured: Record<string, PageWeight & { page: string }>;
}

export const assets: readonly Asset[] = ['html', 'css', 'js'];

export function readBudgets(file: string = budgetsFile): Budgets {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Budgets>;
  if (!data.limits || typeof data.limits !== 'object') throw new Error(`${file}: "limits" is missing`);
  for (const [type, limit] of Object.entries(data.limits)) {
    for (const asset of assets) {
      if (!Number.isInteger(limit[asset]) || limit[asset] <= 0) {
        throw new Error(`${file}: limits.${type}.${asset} must be a positive whole number of gzip bytes`);
      }
    }
  }
  return { limits: data.limits, measured: data.measured ?? {} };
}

export interface MeasuredPage extends PageWeight {
  path: string;
  type: string | undefined;
}

export function measureSite(dir: string = distDir): MeasuredPage[] {
  return listPages(dir).map((page) => ({
    path: page.path,
    type: classifyPage(page.path),
    ...measurePage(dir, page.path, readPage(page)),
  }));
}

/** One line per figure over its limit, naming the page, the asset and both numbers. */
export function findOverBudget(page: MeasuredPage, budgets: Budgets): string[] {
  if (!page.type) {
    const known = pageTypes.map(({ type }) => type).join(', ');
    return [`${page.path} fits no page type (${known}); add it to scripts/built-site/page-types.ts and budgets.json`];
  }
  const limit = budgets.limits[page.type];
  if (!limit) return [`${page.path}: budgets.json has no limits for page type "${page.type}"`];
  return assets
    .filter((asset) => page[asset] > limit[asset])
    .map(
      (asset) =>
        `${page.path} (${page.type}): ${asset.toUpperCase()} is ${page[asset]} B gzip, over the budget of ${limit[asset]} B`,
    );
}

/** The largest figure of each asset per type, with the page that set the HTML figure. */
export function summarise(pages: readonly MeasuredPage[]): Budgets['measured'] {
  const summary: Budgets['measured'] = {};
  for (const page of pages) {
    if (!page.type) continue;
    const current = summary[page.type] ?? { page: page.path, html: 0, css: 0, js: 0 };
    if (page.html > current.html) current.page = page.path;
    for (const asset of assets) current[asset] = Math.max(current[asset], page[asset]);
    summary[page.type] = current;
  }
  return summary;
}
