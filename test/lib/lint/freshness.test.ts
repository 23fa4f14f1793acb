import { describe, expect, it } from 'vitest';
import { lintConfig } from '../../../src/lib/lint/config';
import { checkFreshness, countMonthsBetween } from '../../../src/lib/lint/freshness';
import { makeDoc, testRuleOnCorpora, today } from './fixtures';

describe('freshness rule', () => {
  testRuleOnCorpora(
    (docs) => checkFreshness(docs, lintConfig, today),
    {
      title: 'warns about an old source and about benchmarks not reviewed within the limit',
      located: [
        'broken/guides/fractional-cro-cost-denver.mdx:16 sources[1].accessed warning',
        'broken/industries/telehealth.md:5 published warning',
      ],
      sentences: {
        1: 'benchmarks last reviewed 2024-09-01, 21 months ago (limit 12): re-check each benchmark against current sources, then set updated to today.',
      },
    },
    'is silent on recent pages',
  );

  it('measures from updated when a page has been revised, and honours the configured age', () => {
    const doc = makeDoc('industry', 'x', '---\npublished: 2024-01-01\nupdated: 2026-01-15\nkpis: [{}]\n---\n');
    expect(checkFreshness([doc], lintConfig, today)).toEqual([]);
    const strict = { ...lintConfig, maxBenchmarkAgeMonths: 3 };
    expect(checkFreshness([doc], strict, today).map((p) => p.field)).toEqual(['updated']);
  });

  it.each([
    ['2026-01-01', '2026-06-01', 5],
    ['2026-01-15', '2026-06-01', 4],
    ['2024-06-01', '2026-06-01', 24],
    ['2026-06-01', '2026-06-01', 0],
  ])('%s to %s is %i whole months', (from, to, months) => {
    expect(countMonthsBetween(new Date(from), new Date(to))).toBe(months);
  });
});
