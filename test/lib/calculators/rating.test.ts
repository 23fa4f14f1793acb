import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judge, rateValue, type Level, type Target } from '~/lib/calculators/rating';

const rank: Record<Level, number> = { red: 0, yellow: 1, green: 2 };

// The benchmarks the cases rate against, as the industry pages state them.
/** Pipeline coverage, telehealth platform services: 3× to 4×, higher is better. */
const coverage: Target = { direction: 'higher-is-better', min: 3, max: 4 };
/** CAC payback: under 12 months, lower is better. */
const payback: Target = { direction: 'lower-is-better', max: 12 };
/** Gross revenue churn "below 8 to 12 percent": the ceiling is max. */
const churn: Target = { direction: 'lower-is-better', min: 8, max: 12 };
/** Time-to-first-value, 30–60 days, as a target range. */
const ttfv: Target = { direction: 'target-range', min: 30, max: 60 };

describe('rateValue: green at target, yellow within 15 %, red beyond', () => {
  it.each<[string, number, Target, Level]>([
    ['3× floor met', 3, coverage, 'green'],
    ['well above the band is still green', 6, coverage, 'green'],
    ['2.55× is exactly 15 % short', 2.55, { direction: 'higher-is-better', min: 3 }, 'yellow'],
    ['2.5× is more than 15 % short', 2.5, { direction: 'higher-is-better', min: 3 }, 'red'],
    ['11 months', 11, payback, 'green'],
    ['13.8 months is exactly 15 % over', 13.8, payback, 'yellow'],
    ['14 months', 14, payback, 'red'],
    ['churn 10 % against 8–12 %', 10, churn, 'green'],
    ['churn 13 %', 13, churn, 'yellow'],
    ['inside a range', 45, ttfv, 'green'],
    ['just below a range', 26, ttfv, 'yellow'],
    ['far below a range', 20, ttfv, 'red'],
    ['just above a range', 68, ttfv, 'yellow'],
    ['far above a range', 80, ttfv, 'red'],
    // Targets that state only one bound, or none worth a yellow band.
    ['a range with only a floor', 10, { direction: 'target-range', min: 30 }, 'red'],
    ['a range with only a ceiling', 10, { direction: 'target-range', max: 30 }, 'green'],
    ['higher-is-better given only max', 8, { direction: 'higher-is-better', max: 8 }, 'green'],
    ['lower-is-better given only min', 9, { direction: 'lower-is-better', min: 8 }, 'yellow'],
    ['a zero ceiling leaves no yellow band', 0.1, { direction: 'lower-is-better', max: 0 }, 'red'],
  ])('%s', (_, value, target, level) => {
    expect(rateValue(value, target)).toEqual({ ok: true, value: level });
  });

  it('has no rating without a figure or for a non-finite value', () => {
    expect(rateValue(1, { direction: 'higher-is-better' })).toMatchObject({ ok: false, code: 'inconsistent' });
    expect(rateValue(Number.NaN, { direction: 'higher-is-better', min: 1 })).toMatchObject({
      ok: false,
      code: 'not-finite',
    });
  });

  it('never rates a better value worse, in either direction', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        (a, b, bound) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const up = (v: number) => rateValue(v, { direction: 'higher-is-better', min: bound });
          const down = (v: number) => rateValue(v, { direction: 'lower-is-better', max: bound });
          const [upLow, upHigh, downLow, downHigh] = [up(low), up(high), down(low), down(high)];
          if (!upLow.ok || !upHigh.ok || !downLow.ok || !downHigh.ok) throw new Error('expected ratings');
          expect(rank[upHigh.value]).toBeGreaterThanOrEqual(rank[upLow.value]);
          expect(rank[downLow.value]).toBeGreaterThanOrEqual(rank[downHigh.value]);
        },
      ),
    );
  });

  it('writes the level in words, not only colour', () => {
    expect(judge(2.6, { direction: 'higher-is-better', min: 3 }, '3× to 4×')).toEqual({
      level: 'yellow',
      text: 'Close: within 15% of target. Benchmark: 3× to 4×.',
    });
  });
});
