import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePayback, type PaybackInput } from '~/calculators/cac-payback/maths';
import { itRefuses } from '../refusals';

// Bessemer Venture Partners, "Bessemer Cloud Computing Law #6: Build the Revenue Engine"
// (David Cowan, October 2012, bvp.com/blog/bessemer-cloud-computing-law-6-build-revenue-engine):
// a quarter that adds $100k of committed MRR at 70 % gross margin has a $70k denominator;
// with $770k of fully burdened sales and marketing the CAC payback is 11 months.
const bessemer: PaybackInput = {
  spend: 770_000,
  newCustomers: 20,
  revenuePerCustomer: 5_000,
  grossMargin: 70,
  basis: 'gross-margin',
};

describe('computePayback', () => {
  it("reproduces Bessemer's 11-month example on gross margin", () => {
    const outcome = computePayback(bessemer);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.months).toBeCloseTo(11, 10);
    expect(outcome.value.newMrr).toBe(100_000);
    expect(outcome.value.cac).toBe(38_500);
    expect(outcome.value.monthlyRecovery).toBeCloseTo(3_500, 10);
  });

  it('gives the shorter revenue-only payback when margin is left out (770k ÷ 100k = 7.7)', () => {
    const outcome = computePayback({ ...bessemer, basis: 'revenue' });
    expect(outcome.ok && outcome.value.months).toBeCloseTo(7.7, 10);
  });

  it('ignores margin on the revenue basis, even a negative one', () => {
    const outcome = computePayback({ ...bessemer, grossMargin: -10, basis: 'revenue' });
    expect(outcome.ok && outcome.value.months).toBeCloseTo(7.7, 10);
  });

  itRefuses<PaybackInput>(computePayback, bessemer, [
    ['no customers', { newCustomers: 0 }, 'zero-denominator', 'newCustomers'],
    ['no revenue per customer', { revenuePerCustomer: 0 }, 'zero-denominator', 'revenuePerCustomer'],
    ['zero margin', { grossMargin: 0 }, 'non-positive-margin', 'grossMargin'],
    ['negative margin', { grossMargin: -5 }, 'non-positive-margin', 'grossMargin'],
    ['margin above 100 %', { grossMargin: 120 }, 'out-of-range', 'grossMargin'],
    ['negative spend', { spend: -1 }, 'negative', 'spend'],
    ['negative customers', { newCustomers: -3 }, 'negative', 'newCustomers'],
    ['NaN spend', { spend: Number.NaN }, 'not-finite', 'spend'],
    ['infinite revenue', { revenuePerCustomer: Number.POSITIVE_INFINITY }, 'not-finite', 'revenuePerCustomer'],
  ]);

  it('pays back no faster on gross profit than on revenue, and faster as margin rises', () => {
    const input = fc.record({
      spend: fc.integer({ min: 0, max: 1e9 }),
      newCustomers: fc.integer({ min: 1, max: 10_000 }),
      revenuePerCustomer: fc.integer({ min: 1, max: 1e6 }),
      grossMargin: fc.integer({ min: 1, max: 99 }),
    });
    fc.assert(
      fc.property(input, (base) => {
        const onMargin = computePayback({ ...base, basis: 'gross-margin' });
        const higherMargin = computePayback({ ...base, grossMargin: base.grossMargin + 1, basis: 'gross-margin' });
        const onRevenue = computePayback({ ...base, basis: 'revenue' });
        if (!onMargin.ok || !onRevenue.ok || !higherMargin.ok) throw new Error('expected results');
        expect(onMargin.value.months).toBeGreaterThanOrEqual(onRevenue.value.months);
        expect(higherMargin.value.months).toBeLessThanOrEqual(onMargin.value.months);
      }),
    );
  });
});
