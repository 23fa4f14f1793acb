import { describe, expect, it } from 'vitest';
import { checkFigures, describeFigure, normalisePeriod } from '../../../src/lib/lint/figures';
import { makeDoc, testRuleOnCorpora } from './fixtures';

const names = new Map([['fractional-leader-cost', 'Fractional sales leader cost']]);

function industry(id: string, benchmark: string, draft = false) {
  return makeDoc(
    'industry',
    id,
    `---\ndraft: ${draft}\nkpis:\n  - kpi: fractional-leader-cost\n    benchmark: ${benchmark}\n---\n`,
  );
}

describe('figures rule', () => {
  testRuleOnCorpora(
    (docs) => checkFigures(docs, names),
    {
      title: 'flags the $8k–$25k vs $4k–$12k twin pages, naming both files',
      located: ['broken/industries/saas-cro-costs.md:20 kpis[3].benchmark error'],
      sentences: {
        0:
          'contradicting figures: Fractional sales leader cost (currency, month, all segments) is $8,000–$25,000 here ' +
          'but $4,000–$12,000 in test/fixtures/lint/broken/industries/saas-cro-costs-twin.md:20. ' +
          'Make them agree, or add benchmark.note saying why this page differs.',
      },
    },
    'accepts a different figure that carries a note (the clean corpus does this)',
  );

  it('keys on unit, period and segment: a different period or segment is not a contradiction', () => {
    const docs = [
      industry('a', '{ text: x, min: 8000, max: 25000, unit: currency, period: month }'),
      industry('b', '{ text: x, min: 96000, max: 300000, unit: currency, period: year }'),
      industry('c', '{ text: x, min: 4000, max: 12000, unit: currency, period: Month, segment: seed }'),
      industry('d', '{ text: x, min: 8000, max: 25000, unit: currency, period: " month " }'),
    ];
    expect(checkFigures(docs, names)).toEqual([]);
  });

  it('reads "monthly", "per month" and "a month" as one period', () => {
    const docs = [
      industry('a', '{ text: x, min: 8000, max: 25000, unit: currency, period: monthly }'),
      industry('b', '{ text: x, min: 4000, max: 12000, unit: currency, period: per month }'),
    ];
    expect(checkFigures(docs, names)).toHaveLength(1);
    expect(normalisePeriod('Annually')).toBe('year');
    expect(normalisePeriod('a quarter')).toBe('quarter');
    expect(normalisePeriod('90 days')).toBe('90 days');
  });

  it('compares a draft against published pages, as a warning', () => {
    const docs = [
      industry('draft', '{ text: x, min: 1, max: 2, unit: currency }', true),
      industry('live', '{ text: x, min: 3, max: 4, unit: currency }'),
    ];
    const problems = checkFigures(docs, names);
    expect(problems.map((p) => [p.file, p.severity])).toEqual([['content/industries/draft.md', 'warning']]);
    expect(problems[0]?.message).toContain('is $1–$2 here but $3–$4 in content/industries/live.md:5');
  });

  it.each([
    [8000, 25000, 'currency', '$8,000–$25,000'],
    [80, undefined, 'percent', 'at least 80%'],
    [undefined, 14, 'days', 'at most 14 days'],
    [1_000_000, undefined, 'currency', 'at least $1M'],
    [3, 4, 'no-such-unit', '3–4'],
    [3, 3, 'multiple', '3×'],
  ])('describes %s–%s %s as %s', (min, max, unit, text) => {
    expect(describeFigure(min, max, unit)).toBe(text);
  });
});
