import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, formatReportCsv, formatViewsFile } from '~/lib/feedback/report';
import { openStore } from '~/lib/feedback/store';
import { parseViews } from '~/lib/feedback/views';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pulse-feedback-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function seed(file: string) {
  const store = openStore(file);
  const a = '/library/a/';
  const b = '/industries/b/';
  store.addAnswer({ page: a, helpful: true, comment: undefined }, '2026-12-01');
  store.addAnswer({ page: a, helpful: false, comment: 'Needs a worked example, with "quotes", commas' }, '2026-12-02');
  store.addAnswer({ page: a, helpful: true, comment: 'Clear.' }, '2026-12-03');
  store.addAnswer({ page: b, helpful: true, comment: undefined }, '2026-12-03');
  store.addView(a, '2026-12-01');
  store.addView(a, '2026-12-01');
  store.addView(a, '2026-12-02');
  store.addView(b, '2026-12-02');
  return store;
}

describe('feedback report', () => {
  it('prints yes/no counts per page, most answered first, newest comments first', () => {
    const store = seed(':memory:');
    expect(formatReport(store.summarise())).toBe(
      [
        '/library/a/  yes 2  no 1  (67% yes)',
        '  2026-12-03 yes  Clear.',
        '  2026-12-02 no   Needs a worked example, with "quotes", commas',
        '/industries/b/  yes 1  no 0  (100% yes)',
        '',
      ].join('\n'),
    );
    expect(formatReport([])).toBe('No answers yet.\n');
    expect(formatReportCsv(store.summarise())).toBe(
      [
        'page,yes,no,latest_comment_day,latest_comment',
        '/library/a/,2,1,2026-12-03,Clear.',
        '/industries/b/,1,0,,',
        '',
      ].join('\n'),
    );
    store.close();
  });

  it('writes a views file the build reads back to the same counts', () => {
    const store = seed(':memory:');
    const totals = store.viewTotals();
    expect(Object.fromEntries(totals)).toEqual({ '/industries/b/': 1, '/library/a/': 3 });
    for (const name of ['views.json', 'views.csv']) {
      expect(parseViews(formatViewsFile(totals, name), name)).toEqual(totals);
    }
    store.close();
  });

  it('runs as `npm run feedback -- report --csv FILE` and `views FILE`', () => {
    const db = join(dir, 'feedback.sqlite');
    seed(db).close();
    const run = (...args: string[]) =>
      spawnSync(
        process.execPath,
        ['--import', './scripts/lint-resolve.mjs', 'scripts/feedback.ts', ...args, '--db', db],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
    const report = run('report', '--csv', join(dir, 'report.csv'));
    expect(report.status, report.stderr).toBe(0);
    expect(report.stdout).toContain('/library/a/  yes 2  no 1  (67% yes)');
    expect(readFileSync(join(dir, 'report.csv'), 'utf8')).toContain('/library/a/,2,1,2026-12-03,Clear.');
    const views = run('views', join(dir, 'views.json'));
    expect(views.status, views.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'views.json'), 'utf8'))).toEqual({
      '/industries/b/': 1,
      '/library/a/': 3,
    });
    const missing = spawnSync(
      process.execPath,
      ['--import', './scripts/lint-resolve.mjs', 'scripts/feedback.ts', 'report', '--db', join(dir, 'none.sqlite')],
      { cwd: root, encoding: 'utf8' },
    );
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('No feedback database at');
  });
});
