/**
 * The scorecard colour rule from the telehealth KPI guide: green at target, yellow within
 * 15 % of it, red beyond. "Within 15 %" is measured against the target figure itself
 * (a 3× floor turns yellow from 2.55×, a 12-month ceiling stays yellow up to 13.8).
 */
import type { Direction } from '../../schemas/kpi';
import { fail, succeed, type Outcome } from './outcome';

export type Level = 'green' | 'yellow' | 'red';

/** The typed part of a benchmark: what the rule needs, nothing it does not. */
export interface Target {
  direction: Direction;
  min?: number | undefined;
  max?: number | undefined;
}

export const yellowBand = 0.15;

export const levelText: Readonly<Record<Level, string>> = {
  green: 'On target',
  yellow: 'Close: within 15% of target',
  red: 'Off target',
};

/** Icons that carry the status for readers who cannot tell the colours apart. */
export const levelIcon: Readonly<Record<Level, string>> = { green: '✓', yellow: '▲', red: '✕' };

function tolerance(bound: number): number {
  return Math.abs(bound) * yellowBand;
}

function rateFloor(value: number, floor: number): Level {
  if (value >= floor) return 'green';
  return value >= floor - tolerance(floor) ? 'yellow' : 'red';
}

function rateCeiling(value: number, ceiling: number): Level {
  if (value <= ceiling) return 'green';
  return value <= ceiling + tolerance(ceiling) ? 'yellow' : 'red';
}

/**
 * Rates `value` against a target. Higher-is-better is met at `min` (or `max` if only that
 * is given), lower-is-better at `max` (or `min`), and a range between the two; a range
 * with one bound reads as that bound's floor or ceiling.
 */
export function rateValue(value: number, target: Target): Outcome<Level> {
  if (!Number.isFinite(value)) return fail('not-finite', 'The value is not a usable number.');
  const { direction, min, max } = target;
  if (min === undefined && max === undefined)
    return fail('inconsistent', 'The benchmark has no figure to compare with.');
  if (direction === 'higher-is-better') return succeed(rateFloor(value, (min ?? max)!));
  if (direction === 'lower-is-better') return succeed(rateCeiling(value, (max ?? min)!));
  if (min === undefined) return succeed(rateCeiling(value, max!));
  if (max === undefined) return succeed(rateFloor(value, min));
  if (value < min) return succeed(rateFloor(value, min));
  return succeed(rateCeiling(value, max));
}

/** A status line for a calculator result: the level in words, then the benchmark it was judged against. */
export function judge(value: number, target: Target, benchmark: string): { level: Level; text: string } | undefined {
  const level = rateValue(value, target);
  return level.ok ? { level: level.value, text: `${levelText[level.value]}. Benchmark: ${benchmark}.` } : undefined;
}
