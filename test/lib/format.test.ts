import { describe, expect, it } from 'vitest';
import {
  formatBenchmarkLine,
  formatCount,
  formatDate,
  formatFigure,
  formatRange,
  formatTarget,
  fitTitle,
  pluralize,
  toIsoDate,
} from '~/lib/format';

describe('dates', () => {
  // Frontmatter "2026-05-22" parses to UTC midnight; a local-time formatter west of UTC would say May 21.
  const published = new Date('2026-05-22');
  it('formats the calendar day the editor wrote', () => {
    expect(formatDate(published)).toBe('May 22, 2026');
    expect(toIsoDate(published)).toBe('2026-05-22');
  });
});

describe('formatFigure', () => {
  it.each([
    [80, 'percent', '80%'],
    [12.5, 'percent', '12.5%'],
    [3, 'multiple', '3×'],
    [0.25, 'ratio', '0.25'],
    [1, 'days', '1 day'],
    [30, 'days', '30 days'],
    [12, 'months', '12 months'],
    [8000, 'currency', '$8,000'],
    [2_500_000, 'currency', '$2.5M'],
    [1588, 'count', '1,588'],
  ] as const)('%d %s → %s', (value, unit, expected) => {
    expect(formatFigure(value, unit)).toBe(expected);
  });
});

describe('formatRange', () => {
  it.each([
    [80, 90, 'percent', '80–90%'],
    [3, 4, 'multiple', '3–4×'],
    [4, 10, 'months', '4–10 months'],
    [8000, 18000, 'currency', '$8,000–$18,000'],
    [60, 60, 'days', '60 days'],
  ] as const)('%d–%d %s → %s', (min, max, unit, expected) => {
    expect(formatRange(min, max, unit)).toBe(expected);
  });
});

describe('formatTarget', () => {
  // Figures from the telehealth seed page: activation 80–90 % (higher is better),
  // churn below 8–12 % (lower is better), utilization 60–80 % as a band.
  it('reads higher-is-better at the minimum', () => {
    expect(formatTarget({ min: 80, max: 90, unit: 'percent' }, 'higher-is-better')).toBe('≥ 80%');
  });
  it('reads lower-is-better at the maximum', () => {
    expect(formatTarget({ min: 8, max: 12, unit: 'percent' }, 'lower-is-better')).toBe('≤ 12%');
  });
  it('reads a target range as a span', () => {
    expect(formatTarget({ min: 60, max: 80, unit: 'percent' }, 'target-range')).toBe('60–80%');
  });
  it('falls back to the bound that is given', () => {
    expect(formatTarget({ max: 90, unit: 'days' }, 'higher-is-better')).toBe('≤ 90 days');
    expect(formatTarget({ min: 3, unit: 'multiple' }, 'lower-is-better')).toBe('≥ 3×');
    expect(formatTarget({ min: 3, unit: 'multiple' }, 'target-range')).toBe('≥ 3×');
  });
  it('refuses a benchmark without figures', () => {
    expect(() => formatTarget({ unit: 'percent' }, 'higher-is-better')).toThrow(/neither min nor max/);
  });
});

describe('formatBenchmarkLine', () => {
  it('joins target, period and segment', () => {
    const line = formatBenchmarkLine(
      { min: 80, max: 90, unit: 'percent', period: '90 days', segment: 'health systems' },
      'higher-is-better',
    );
    expect(line).toBe('Target ≥ 80% · 90 days · health systems');
  });
  it('omits missing parts', () => {
    expect(formatBenchmarkLine({ min: 3, max: 4, unit: 'multiple' }, 'higher-is-better')).toBe('Target ≥ 3×');
  });
});

describe('counts', () => {
  it('groups thousands and pluralises', () => {
    expect(formatCount(1588)).toBe('1,588');
    expect(pluralize(1, 'KPI')).toBe('1 KPI');
    expect(pluralize(9, 'KPI')).toBe('9 KPIs');
    expect(pluralize(2, 'entry', 'entries')).toBe('2 entries');
  });
});

describe('fitTitle', () => {
  it('keeps the first candidate that fits with the suffix', () => {
    expect(fitTitle(['Win rate: definition, formula and benchmarks'], ' · Pulse')).toBe(
      'Win rate: definition, formula and benchmarks · Pulse',
    );
  });
  it('falls back to shorter wording for long names', () => {
    const name = 'Blended customer acquisition cost';
    const title = fitTitle(
      [`${name}: definition, formula and benchmarks`, `${name}: definition and benchmarks`],
      ' · Pulse',
    );
    expect(title).toBe('Blended customer acquisition cost: definition and benchmarks · Pulse');
    expect(title.length).toBeLessThanOrEqual(70);
  });
  it('drops the suffix before cutting the words', () => {
    const question = 'What KPIs should a fractional CRO own at a healthtech company in 2027 and why?';
    expect(fitTitle([question], ' · Pulse')).toBe(question);
  });
});
