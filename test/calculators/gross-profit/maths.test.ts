import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeGrossProfit, type GrossProfitInput } from '~/calculators/gross-profit/maths';
import { itRefuses } from '../refusals';

const base: GrossProfitInput = {
  dealRevenue: 60_000,
  deliveryCost: 21_000,
  dealsPerRep: 14,
  repsPerTerritory: 4,
  repCost: 220_000,
};

describe('computeGrossProfit', () => {
  it('models margin per deal, per rep and per territory', () => {
    // $60k deal − $21k to deliver = $39k (65 %); 14 deals a rep = $546k; 4 reps = $2.184M;
    // less a $220k fully loaded rep = $326k contribution.
    expect(computeGrossProfit(base)).toEqual({
      ok: true,
      value: { perDeal: 39_000, margin: 65, perRep: 546_000, perTerritory: 2_184_000, repContribution: 326_000 },
    });
  });

  it('reports a loss-making deal as a negative margin, not an error', () => {
    const outcome = computeGrossProfit({ ...base, deliveryCost: 75_000 });
    expect(outcome.ok && outcome.value.perDeal).toBe(-15_000);
    expect(outcome.ok && outcome.value.margin).toBe(-25);
  });

  itRefuses<GrossProfitInput>(computeGrossProfit, base, [
    ['a deal with no revenue', { dealRevenue: 0 }, 'zero-denominator', 'dealRevenue'],
    ['negative revenue', { dealRevenue: -1 }, 'negative', 'dealRevenue'],
    ['negative cost', { deliveryCost: -1 }, 'negative', 'deliveryCost'],
    ['negative deal count', { dealsPerRep: -2 }, 'negative', 'dealsPerRep'],
    ['negative reps', { repsPerTerritory: -1 }, 'negative', 'repsPerTerritory'],
    ['NaN rep cost', { repCost: Number.NaN }, 'not-finite', 'repCost'],
  ]);

  it('never shows a margin above 100 % and scales linearly with reps', () => {
    const input = fc.record({
      dealRevenue: fc.integer({ min: 1, max: 1e9 }),
      deliveryCost: fc.integer({ min: 0, max: 1e9 }),
      dealsPerRep: fc.integer({ min: 0, max: 500 }),
      repsPerTerritory: fc.integer({ min: 0, max: 200 }),
      repCost: fc.integer({ min: 0, max: 1e7 }),
    });
    fc.assert(
      fc.property(input, (value) => {
        const outcome = computeGrossProfit(value);
        if (!outcome.ok) throw new Error(outcome.reason);
        expect(outcome.value.margin).toBeLessThanOrEqual(100);
        expect(outcome.value.perTerritory).toBe(outcome.value.perRep * value.repsPerTerritory);
      }),
    );
  });
});
