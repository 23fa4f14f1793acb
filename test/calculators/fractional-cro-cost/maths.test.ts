import { describe, expect, it } from 'vitest';
import { computeCroCost, croReferenceBand, type CroCostInput } from '~/calculators/fractional-cro-cost/maths';
import { itRefuses } from '../refusals';

const base: CroCostInput = {
  pricing: 'days',
  retainer: 12_000,
  daysPerMonth: 12,
  dayRate: 1_000,
  equity: 0.5,
  valuation: 20_000_000,
  fullTimeSalary: 275_000,
  fullTimeVariable: 50,
  fullTimeOverhead: 25,
  fullTimeEquity: 1.5,
};

describe('computeCroCost', () => {
  it('prices days × rate and compares with a full-time hire', () => {
    const outcome = computeCroCost(base);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.monthly).toBe(12_000);
    expect(outcome.value.annual).toBe(144_000);
    expect(outcome.value.effectiveDayRate).toBe(1_000);
    expect(outcome.value.equityValue).toBe(100_000);
    // 275k × (1 + 0.50 + 0.25) = 481,250.
    expect(outcome.value.fullTimeAnnual).toBe(481_250);
    expect(outcome.value.fullTimeEquityValue).toBe(300_000);
    expect(outcome.value.shareOfFullTime).toBeCloseTo((144_000 / 481_250) * 100, 10);
    expect(outcome.value.annualSaving).toBe(337_250);
  });

  it('spans the seed reference band: $8k for 10 days to $18k for 20 days', () => {
    // Fractional CRO healthtech seed: $8,000–$18,000 a month for 10–20 days of work.
    const low = computeCroCost({
      ...base,
      pricing: 'retainer',
      retainer: croReferenceBand.monthlyMin,
      daysPerMonth: croReferenceBand.daysMin,
    });
    const high = computeCroCost({
      ...base,
      pricing: 'retainer',
      retainer: croReferenceBand.monthlyMax,
      daysPerMonth: croReferenceBand.daysMax,
    });
    expect(low.ok && low.value.annual).toBe(96_000);
    expect(high.ok && high.value.annual).toBe(216_000);
    expect(low.ok && low.value.effectiveDayRate).toBe(800);
    expect(high.ok && high.value.effectiveDayRate).toBe(900);
  });

  itRefuses<CroCostInput>(computeCroCost, base, [
    ['no days on a day rate', { daysPerMonth: 0 }, 'zero-denominator', 'daysPerMonth'],
    ['a zero day rate', { dayRate: 0 }, 'zero-denominator', 'dayRate'],
    ['a zero retainer', { pricing: 'retainer', retainer: 0 }, 'zero-denominator', 'retainer'],
    ['a retainer with no days', { pricing: 'retainer', daysPerMonth: 0 }, 'zero-denominator', 'daysPerMonth'],
    ['no full-time salary', { fullTimeSalary: 0 }, 'zero-denominator', 'fullTimeSalary'],
    ['equity above 100 %', { equity: 101 }, 'out-of-range', 'equity'],
    ['negative equity', { equity: -0.5 }, 'negative', 'equity'],
    ['a negative valuation', { valuation: -1 }, 'negative', 'valuation'],
    ['a NaN day rate', { dayRate: Number.NaN }, 'not-finite', 'dayRate'],
  ]);
});
