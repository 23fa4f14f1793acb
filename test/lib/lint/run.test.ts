import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lintRules } from '../../../src/lib/lint/rules';
import { lintCorpus } from '../../../src/lib/lint/run';
import { loadBroken, loadClean, root, today } from './fixtures';

describe('lintCorpus', () => {
  it('finds nothing in the clean corpus and certifies each page 10/10', () => {
    const report = lintCorpus(loadClean(), { today, tools: [] });
    expect(report.problems).toEqual([]);
    expect(report.quality.map(({ result }) => result.score)).toEqual([10, 10, 10]);
  });

  it('fires every documented rule on the broken corpus, errors and warnings together', () => {
    const report = lintCorpus(loadBroken(), { today, tools: [] });
    expect(new Set(report.problems.map((p) => p.rule))).toEqual(new Set(lintRules.map((rule) => rule.id)));
    expect(report.problems.filter((p) => p.severity === 'error')).toHaveLength(19);
    expect(report.problems.filter((p) => p.severity === 'warning')).toHaveLength(13);
    expect(report.unscored).toEqual(['test/fixtures/lint/broken/industries/telehealth.md']);
  });

  it('scores a page dated after the build date, but not after the clock, as the build does: not in the future', () => {
    // The clean guide is published 2026-03-02: as if scaffolded that day, after a commit of 2026-02-20.
    const report = (clock: Date) =>
      lintCorpus(loadClean(), { today: new Date('2026-02-20T00:00:00Z'), clock, tools: [] }).quality.find(({ file }) =>
        file.endsWith('fractional-cro-cost-denver.mdx'),
      )!.result;
    const failed = (clock: Date) =>
      report(clock)
        .checks.filter((check) => !check.passed)
        .map((check) => check.missing);
    expect(failed(new Date('2026-03-02T00:00:00Z'))).toEqual([]);
    // The same page read on 2026-03-01 really is dated in the future.
    expect(failed(new Date('2026-03-01T00:00:00Z'))).toEqual(['review date 2026-03-02 is in the future']);
  });
});

describe('npm run lint', () => {
  const run = (corpus: string) => {
    try {
      const stdout = execFileSync(
        process.execPath,
        ['--import', './scripts/lint-resolve.mjs', 'scripts/lint.ts', '--root', corpus, '--today', '2026-06-01'],
        { cwd: root, encoding: 'utf8', stdio: 'pipe' },
      );
      return { status: 0, stdout };
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      return { status: failed.status, stdout: failed.stdout };
    }
  };

  it('prints every problem as file:line  field  message and exits 1 on errors', () => {
    const { status, stdout } = run('test/fixtures/lint/broken');
    expect(status).toBe(1);
    const problemLines = stdout.split('\n').filter((line) => /:\d+  /.test(line));
    expect(problemLines).toHaveLength(32);
    for (const line of problemLines)
      expect(line).toMatch(/^test\/fixtures\/lint\/broken\/\S+:\d+  \S+  (error|warning): .+ \[[a-z]+\]$/);
    expect(stdout).toContain(
      'fractional-cro-cost-denver.mdx  3/10  missing: related (missing or unpublished: guides/fractional-cro-pricing); actionable (1 step; give at least 3)',
    );
    expect(stdout.trim().split('\n').at(-1)).toBe('19 errors, 13 warnings in 11 files.');
  });

  it('exits 0 on a clean corpus', () => {
    const { status, stdout } = run('test/fixtures/lint/clean');
    expect(status).toBe(0);
    expect(stdout).toContain('0 errors, 0 warnings in 7 files.');
  });
});
