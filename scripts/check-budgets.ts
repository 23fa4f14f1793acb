/**
 * Prints what each page type weighs in the current build against budgets.json.
 *   npx node scripts/check-budgets.ts          # report, exit 1 if over
 *   npx node scripts/check-budgets.ts --write  # reset limits from this build
 * --write sets each limit to the measured maximum plus 25% (at least 1 kB), rounded up to
 * 100 B: room for honest edits, not for a new dependency. Run `npm run build` first.
 */
import { writeFileSync } from 'node:fs';
import {
  assets,
  type Budgets,
  budgetsFile,
  findOverBudget,
  measureSite,
  readBudgets,
  summarise,
} from './built-site/budgets.ts';
import type { PageWeight } from './built-site/page-weight.ts';

const headroom = (bytes: number) => Math.ceil(Math.max(bytes * 1.25, bytes + 1000) / 100) * 100;

const pages = measureSite();
const measured = summarise(pages);

if (process.argv.includes('--write')) {
  const limits: Record<string, PageWeight> = {};
  for (const [type, weight] of Object.entries(measured)) {
    limits[type] = { html: headroom(weight.html), css: headroom(weight.css), js: headroom(weight.js) };
  }
  const budgets: Budgets & { $comment: string } = {
    $comment:
      'Gzip bytes per page type (zlib default level). limits = largest measured page + 25% (at least 1 kB). Regenerate with scripts/check-budgets.ts --write after a deliberate change.',
    limits,
    measured,
  };
  writeFileSync(budgetsFile, `${JSON.stringify(budgets, null, 2)}\n`);
  console.log(`wrote ${budgetsFile}`);
}

const budgets = readBudgets();
const rows = Object.entries(measured).map(([type, weight]) => {
  const limit = budgets.limits[type];
  const cells = assets.map((asset) => `${asset} ${weight[asset]}/${limit?.[asset] ?? '—'}`);
  return `${type.padEnd(10)} ${cells.map((cell) => cell.padEnd(18)).join('')} largest: ${weight.page}`;
});
console.log(`${pages.length} pages; gzip bytes measured/limit per type\n${rows.join('\n')}`);

const over = pages.flatMap((page) => findOverBudget(page, budgets));
if (over.length > 0) {
  console.error(`\n${over.join('\n')}`);
  process.exitCode = 1;
}
