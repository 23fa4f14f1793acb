import { describe, expect, it } from 'vitest';
import { formatPlain } from '~/lib/calculators/format';

describe('formatPlain', () => {
  it('drops float noise and never prints exponents for plain values', () => {
    expect(formatPlain(0.1 + 0.2)).toBe('0.3');
    expect(formatPlain(1e12)).toBe('1000000000000');
    expect(formatPlain(1e-7)).toBe('0.0000001');
  });
});
