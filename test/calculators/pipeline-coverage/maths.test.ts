import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCoverage, type Stage } from '~/calculators/pipeline-coverage/maths';

describe('computeCoverage', () => {
  it('reads $9M of open pipeline against a $3M quota as 3.0× unweighted', () => {
    // ORM Technologies, "How to Calculate Pipeline Coverage Ratio (With Real Benchmarks)".
    const outcome = computeCoverage({ target: 3_000_000, stages: [{ amount: 9_000_000, probability: 100 }] });
    expect(outcome.ok && outcome.value.unweighted).toBe(3);
  });

  it('weights each stage by its close probability', () => {
    // Tech Growth Insights, "Probability-weighted pipeline coverage by stage": a $100K deal at
    // 8 % contributes $8K and a $50K deal at 45 % contributes $22.5K.
    const outcome = computeCoverage({
      target: 30_500,
      stages: [
        { amount: 100_000, probability: 8 },
        { amount: 50_000, probability: 45 },
      ],
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.weightedPipeline).toBeCloseTo(30_500, 8);
    expect(outcome.value.weighted).toBeCloseTo(1, 10);
    expect(outcome.value.unweighted).toBeCloseTo(150_000 / 30_500, 10);
  });

  it.each<[string, number, Stage[], string]>([
    ['a zero target', 0, [{ amount: 10, probability: 50 }], 'zero-denominator'],
    ['a negative target', -1, [], 'negative'],
    ['a NaN target', Number.NaN, [], 'not-finite'],
    ['a negative stage amount', 100, [{ amount: -5, probability: 50 }], 'negative'],
    ['a probability above 100 %', 100, [{ amount: 5, probability: 101 }], 'out-of-range'],
    ['a negative probability', 100, [{ amount: 5, probability: -1 }], 'out-of-range'],
    ['an infinite amount', 100, [{ amount: Number.POSITIVE_INFINITY, probability: 1 }], 'not-finite'],
  ])('has no result for %s', (_, target, stages, code) => {
    expect(computeCoverage({ target, stages })).toMatchObject({ ok: false, code });
  });

  const stage = fc.record({ amount: fc.integer({ min: 0, max: 1e10 }), probability: fc.integer({ min: 0, max: 100 }) });

  it('grows with pipeline and never weights above the raw figure', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e10 }),
        fc.array(stage, { maxLength: 6 }),
        stage,
        (target, stages, extra) => {
          const before = computeCoverage({ target, stages });
          const after = computeCoverage({ target, stages: [...stages, extra] });
          if (!before.ok || !after.ok) throw new Error('expected results');
          expect(after.value.unweighted).toBeGreaterThanOrEqual(before.value.unweighted);
          expect(after.value.weighted).toBeGreaterThanOrEqual(before.value.weighted);
          expect(before.value.weighted).toBeLessThanOrEqual(before.value.unweighted * (1 + 1e-12));
        },
      ),
    );
  });

  it('shrinks as the target grows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 1, max: 1e9 }),
        fc.array(stage, { minLength: 1, maxLength: 4 }),
        (target, more, stages) => {
          const low = computeCoverage({ target, stages });
          const high = computeCoverage({ target: target + more, stages });
          if (!low.ok || !high.ok) throw new Error('expected results');
          expect(high.value.unweighted).toBeLessThanOrEqual(low.value.unweighted);
        },
      ),
    );
  });
});
