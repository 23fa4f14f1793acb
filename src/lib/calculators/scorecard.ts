/**
 * The industry KPI scorecard: one row per KPI on an industry page, rated with the
 * green/yellow/red rule against that page's typed benchmark, and exported as CSV.
 */
import type { Direction } from '../../schemas/kpi';
import type { Unit } from '../../schemas/units';
import { formatFigure } from '../figure';
import { fail, type NoResult } from './outcome';
import { parseNumber } from './parse-number';
import { levelText, rateValue, type Level } from './rating';

/** The values a KPI can take at all; anything outside is a typing mistake, not a result to rate. */
export interface ValueLimits {
  min: number;
  max: number;
}

export interface ScorecardRow {
  /** Registry id of the KPI; also its URL query key. */
  id: string;
  name: string;
  unit: Unit;
  direction: Direction;
  benchmark: { text: string; min?: number | undefined; max?: number | undefined };
  limits: ValueLimits;
}

/**
 * Past this, a figure is a slip of the keyboard whatever its unit: no deal, revenue,
 * count or period in the library comes near a trillion.
 */
export const largestValue = 1e12;

/**
 * What a KPI's values can be: a percentage of a whole lies in 0–100 unless the KPI can
 * pass 100 (NRR, quota attainment), and nothing is negative unless the KPI can fall
 * below zero (net new ARR). The KPI registry says which KPIs are exceptions.
 */
export function limitsOf(unit: Unit, kpi: { canExceed100?: boolean; canBeNegative?: boolean }): ValueLimits {
  const capped = unit === 'percent' && !kpi.canExceed100;
  return { min: kpi.canBeNegative ? -largestValue : 0, max: capped ? 100 : largestValue };
}

function checkLimits(row: ScorecardRow, value: number): NoResult | undefined {
  const { min, max } = row.limits;
  if (value < min) {
    return min === 0
      ? fail('negative', `${row.name} cannot be negative.`, row.id)
      : fail('out-of-range', `Enter ${formatFigure(min, row.unit)} or more.`, row.id);
  }
  if (value > max) {
    return max === 100 && row.unit === 'percent'
      ? fail('out-of-range', `${row.name} cannot exceed 100%.`, row.id)
      : fail('out-of-range', 'That is too large to be a real figure: check the digits.', row.id);
  }
  return undefined;
}

export type RowScore =
  { state: 'empty' } | { state: 'invalid'; problem: NoResult } | { state: 'rated'; value: number; level: Level };

/** The status icon of a value that cannot be rated: not the ✕ of "Off target", which is a rating. */
export const invalidIcon = '!';

export const directionText: Readonly<Record<Direction, string>> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
  'target-range': 'Inside the range',
};

export function scoreRow(row: ScorecardRow, raw: string): RowScore {
  if (raw.trim() === '') return { state: 'empty' };
  const parsed = parseNumber(raw, row.unit);
  if (!parsed.ok) return { state: 'invalid', problem: { ...parsed, field: row.id } };
  const outside = checkLimits(row, parsed.value);
  if (outside) return { state: 'invalid', problem: outside };
  const level = rateValue(parsed.value, { direction: row.direction, ...row.benchmark });
  if (!level.ok) return { state: 'invalid', problem: { ...level, field: row.id } };
  return { state: 'rated', value: parsed.value, level: level.value };
}

/** The status in words, as the table and the CSV show it. */
export function describeScore(score: RowScore): string {
  if (score.state === 'empty') return 'Not entered';
  if (score.state === 'invalid') return `Check the value: ${score.problem.reason}`;
  return levelText[score.level];
}

/** Counts of each level, for the summary line. */
export function tallyScores(scores: readonly RowScore[]): Record<Level, number> {
  const tally: Record<Level, number> = { green: 0, yellow: 0, red: 0 };
  for (const score of scores) if (score.state === 'rated') tally[score.level] += 1;
  return tally;
}

/** One sentence on how the filled-in rows scored; empty until a value is entered. */
export function summarizeScores(scores: readonly RowScore[]): string {
  const tally = tallyScores(scores);
  const rated = tally.green + tally.yellow + tally.red;
  if (rated === 0) return '';
  return `${rated} of ${scores.length} KPIs scored: ${tally.green} on target, ${tally.yellow} close, ${tally.red} off target.`;
}

function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  // A leading =, +, - or @ makes spreadsheets run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV of the scorecard as the reader filled it in. */
export function buildScorecardCsv(rows: readonly ScorecardRow[], raws: Readonly<Record<string, string>>): string {
  const header = ['KPI', 'Unit', 'Direction', 'Benchmark', 'Target min', 'Target max', 'Your value', 'Status'];
  const lines = rows.map((row) => {
    const score = scoreRow(row, raws[row.id] ?? '');
    const value = score.state === 'rated' ? score.value : undefined;
    return [
      row.name,
      row.unit,
      directionText[row.direction],
      row.benchmark.text,
      row.benchmark.min,
      row.benchmark.max,
      value,
      describeScore(score),
    ];
  });
  return [header, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
