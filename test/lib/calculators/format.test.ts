import { describe, expect, it } from 'vitest';
import { formatCurrency, formatPlain, formatValue } from '~/lib/calculators/format';

describe('formatValue', () => {
  it.each([
    [770_000, 'currency', '$770,000'],
    [38_500, 'currency', '$38,500'],
    [1234.56, 'currency', '$1,235'],
    [12.5, 'currency', '$12.50'],
    [-15_000, 'currency', '-$15,000'],
    [12.5, 'percent', '12.5%'],
    [103.04, 'percent', '103%'],
    [3.125, 'multiple', '3.13×'],
    [11, 'months', '11 months'],
    [1, 'months', '1 month'],
    [7.7, 'months', '7.7 months'],
    [45, 'days', '45 days'],
    [1200, 'count', '1,200'],
    [0.25, 'ratio', '0.25'],
  ] as const)('%d %s → %s', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it('drops float noise and never prints exponents for plain values', () => {
    expect(formatPlain(0.1 + 0.2)).toBe('0.3');
    expect(formatPlain(1e12)).toBe('1000000000000');
    expect(formatPlain(1e-7)).toBe('0.0000001');
    expect(formatCurrency(99.999)).toBe('$100');
  });
});
