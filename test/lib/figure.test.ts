import { describe, expect, it } from 'vitest';
import { formatBenchmarkLine, formatBounds, formatFigure, formatRange, formatTarget } from '~/lib/figure';

describe('formatFigure', () => {
  // Calculator results: the worked examples of the calculators' own pages.
  it.each([
    [770_000, 'currency', '$770,000'],
    [38_500, 'currency', '$38,500'],
    [1234.56, 'currency', '$1,235'],
    [12.5, 'currency', '$12.50'],
    [99.999, 'currency', '$100'],
    [-15_000, 'currency', '-$15,000'],
    [2_500_000, 'currency', '$2,500,000'],
    [80, 'percent', '80%'],
    [12.5, 'percent', '12.5%'],
    [103.04, 'percent', '103%'],
    [3, 'multiple', '3×'],
    [3.125, 'multiple', '3.13×'],
    [11, 'months', '11 months'],
    [1, 'months', '1 month'],
    [7.7, 'months', '7.7 months'],
    [1, 'days', '1 day'],
    [45, 'days', '45 days'],
    [1200, 'count', '1,200'],
    [3, 'per-week', '3 a week'],
    [0.25, 'ratio', '0.25'],
  ] as const)('%d %s → %s', (value, unit, text) => {
    expect(formatFigure(value, unit)).toBe(text);
  });

  it('writes millions of dollars short only when asked (benchmark targets)', () => {
    expect(formatFigure(2_500_000, 'currency', { short: true })).toBe('$2.5M');
    expect(formatFigure(-1_000_000, 'currency', { short: true })).toBe('-$1M');
    expect(formatFigure(8000, 'currency', { short: true })).toBe('$8,000');
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

describe('formatBounds', () => {
  it.each([
    [8000, 25000, 'currency', '$8,000–$25,000'],
    [80, undefined, 'percent', 'at least 80%'],
    [undefined, 14, 'days', 'at most 14 days'],
    [1_000_000, 3_000_000, 'currency', '$1M–$3M'],
    [3, 3, 'multiple', '3×'],
  ] as const)('%s–%s %s → %s', (min, max, unit, text) => {
    expect(formatBounds({ min, max, unit })).toBe(text);
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
  it('writes millions short: a target is a rounded claim', () => {
    // equipment-finance-and-leasing: quota per rep $1,000,000–$3,000,000.
    expect(formatTarget({ min: 1_000_000, max: 3_000_000, unit: 'currency' }, 'target-range')).toBe('$1M–$3M');
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
