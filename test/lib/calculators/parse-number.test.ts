import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '~/lib/calculators/parse-number';
import type { Unit } from '~/schemas/units';

describe('parseNumber accepts what people type', () => {
  it.each<[string, Unit, number]>([
    ['1200', 'count', 1200],
    ['1,200', 'count', 1200],
    ['1,200,000.50', 'currency', 1_200_000.5],
    ['$8k', 'currency', 8000],
    ['$8K', 'currency', 8000],
    ['8 k', 'currency', 8000],
    ['1.2m', 'currency', 1_200_000],
    ['1.1m', 'currency', 1_100_000],
    ['0.000001b', 'currency', 1000],
    ['2.5b', 'count', 2_500_000_000],
    ['12.5%', 'percent', 12.5],
    ['12.5 %', 'percent', 12.5],
    ['12.5', 'percent', 12.5],
    ['3.5x', 'multiple', 3.5],
    ['3.5×', 'multiple', 3.5],
    ['.5', 'count', 0.5],
    ['  42  ', 'count', 42],
    ['-5', 'count', -5],
    ['−5', 'count', -5],
    ['-$5k', 'currency', -5000],
    ['$-5k', 'currency', -5000],
    ['-0', 'count', 0],
    ['1.05k', 'currency', 1050],
  ])('%s (%s) is %d', (input, unit, expected) => {
    expect(parseNumber(input, unit)).toEqual({ ok: true, value: expected });
  });

  it('is exact with suffixes where float multiplication is not', () => {
    expect(1.005 * 1e3).not.toBe(1005);
    expect(parseNumber('1.005k', 'currency')).toEqual({ ok: true, value: 1005 });
    expect(parseNumber('0.07k', 'count')).toEqual({ ok: true, value: 70 });
  });
});

describe('parseNumber refuses what it would have to guess', () => {
  it.each<[string, Unit, RegExp]>([
    ['', 'count', /Enter a number/],
    ['   ', 'count', /Enter a number/],
    ['1,2,00', 'count', /groups of three digits/],
    ['12,00', 'count', /groups of three digits/],
    ['1,0000', 'count', /groups of three digits/],
    ['8kk', 'currency', /more than one suffix/],
    ['12.5%%', 'percent', /more than one suffix/],
    ['1e308', 'count', /scientific notation/],
    ['1E+5', 'currency', /scientific notation/],
    ['abc', 'count', /"abc" is not a number/],
    ['1.2.3', 'count', /not a number/],
    ['$', 'currency', /not a number/],
    ['--5', 'count', /not a number/],
    ['0x10', 'count', /not a number/],
    ['Infinity', 'count', /not a number/],
    ['NaN', 'count', /not a number/],
    ['<script>alert(1)</script>', 'currency', /not a number/],
    ['$8k', 'percent', /\$ sign only belongs in a money field/],
    ['12%', 'currency', /% sign only belongs in a percentage/],
    ['3x', 'count', /only belongs in a multiple/],
    ['5k', 'percent', /only works for money and counts/],
    ['9'.repeat(41), 'count', /too long/],
  ])('%j (%s)', (input, unit, reason) => {
    const outcome = parseNumber(input, unit);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(reason);
  });
});

describe('parseNumber properties', () => {
  it('reads any safe integer written plainly or with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        expect(parseNumber(String(n), 'count')).toEqual({ ok: true, value: n });
        expect(parseNumber(n.toLocaleString('en-US'), 'count')).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('treats k as exactly three more zeros', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (n) => {
        expect(parseNumber(`$${n}k`, 'currency')).toEqual({ ok: true, value: n * 1000 });
      }),
    );
  });

  it('never returns a non-finite value, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 45 }),
        fc.constantFrom<Unit>('count', 'currency', 'percent', 'multiple'),
        (text, unit) => {
          const outcome = parseNumber(text, unit);
          if (outcome.ok) expect(Number.isFinite(outcome.value)).toBe(true);
          else expect(outcome.reason.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
