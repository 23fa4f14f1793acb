import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFunnel, type FunnelInput } from '~/calculators/funnel-conversion/maths';
import { itRefuses } from '../refusals';

const base: FunnelInput = {
  meetings: 120,
  pilots: 30,
  paidPilots: 18,
  won: 24,
  lost: 56,
  noDecision: 20,
  noDecisionPolicy: 'exclude',
};

describe('computeFunnel', () => {
  it('computes each rate from the cohort', () => {
    expect(computeFunnel(base)).toEqual({
      ok: true,
      value: {
        winRate: { ok: true, value: 30 }, // 24 ÷ (24 + 56)
        meetingToClose: { ok: true, value: 20 }, // 24 ÷ 120
        pilotToPaid: { ok: true, value: 60 }, // 18 ÷ 30
      },
    });
  });

  it('counts no-decision deals as losses only when asked', () => {
    const outcome = computeFunnel({ ...base, noDecisionPolicy: 'count-as-loss' });
    expect(outcome.ok && outcome.value.winRate).toEqual({ ok: true, value: 24 }); // 24 ÷ 100
  });

  it('gives a per-rate no result when only that rate has no denominator', () => {
    const outcome = computeFunnel({ ...base, pilots: 0, paidPilots: 0 });
    expect(outcome.ok && outcome.value.pilotToPaid).toMatchObject({
      ok: false,
      code: 'zero-denominator',
      field: 'pilots',
    });
    expect(outcome.ok && outcome.value.winRate).toEqual({ ok: true, value: 30 });
  });

  it('has no win rate before any deal closes', () => {
    const outcome = computeFunnel({ ...base, won: 0, lost: 0 });
    expect(outcome.ok && outcome.value.winRate).toMatchObject({ ok: false, code: 'zero-denominator' });
  });

  itRefuses<FunnelInput>(computeFunnel, base, [
    ['negative meetings', { meetings: -1 }, 'negative', 'meetings'],
    ['negative losses', { lost: -3 }, 'negative', 'lost'],
    ['fractional deals', { won: 2.5 }, 'not-whole', 'won'],
    ['more paid pilots than pilots', { paidPilots: 31 }, 'inconsistent', 'paidPilots'],
    ['more wins than meetings', { won: 121 }, 'inconsistent', 'won'],
    ['NaN pilots', { pilots: Number.NaN }, 'not-finite', 'pilots'],
  ]);

  it('keeps every rate within 0–100 % and the stricter win rate no higher', () => {
    const cohort = fc
      .record({
        won: fc.nat(500),
        lost: fc.nat(500),
        noDecision: fc.nat(500),
        extraMeetings: fc.nat(500),
        pilots: fc.nat(100),
        paidShare: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ won, lost, noDecision, extraMeetings, pilots, paidShare }) => ({
        won,
        lost,
        noDecision,
        meetings: won + extraMeetings,
        pilots,
        paidPilots: Math.floor(pilots * paidShare),
      }));
    fc.assert(
      fc.property(cohort, (counts) => {
        const lenient = computeFunnel({ ...counts, noDecisionPolicy: 'exclude' });
        const strict = computeFunnel({ ...counts, noDecisionPolicy: 'count-as-loss' });
        if (!lenient.ok || !strict.ok) throw new Error('expected results');
        for (const rate of Object.values(lenient.value)) {
          if (rate.ok) expect(rate.value).toBeGreaterThanOrEqual(0);
          if (rate.ok) expect(rate.value).toBeLessThanOrEqual(100);
        }
        if (lenient.value.winRate.ok && strict.value.winRate.ok) {
          expect(strict.value.winRate.value).toBeLessThanOrEqual(lenient.value.winRate.value);
        }
      }),
    );
  });
});
