/**
 * The industry KPI scorecard: one row per KPI on an industry page, rated with the
 * green/yellow/red rule against that page's typed benchmark, and exported as CSV.
 */
import type { Direction } from '../../schemas/kpi';
import type { Unit } from '../../schemas/units';
import type { NoResult } from './outcome';
import { parseNumber } from './parse-number';
import { levelText, rateValue, type Level } from './rating';

export interface ScorecardRow {
  /** Registry id of the KPI; also its URL query key. */
  id: string;
  name: string;
  unit: Unit;
  direction: Direction;
  benchmark: { text: string; min?: number | undefined; max?: number | undefined };
}

export type RowScore =
  { state: 'empty' } | { state: 'invalid'; problem: NoResult } | { state: 'rated'; value: number; level: Level };

export const directionText: Readonly<Record<Direction, string>> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
  'target-range': 'Inside the range',
};

export function scoreRow(row: ScorecardRow, raw: string): RowScore {
  if (raw.trim() === '') return { state: 'empty' };
  const parsed = parseNumber(raw, row.unit);
  if (!parsed.ok) return { state: 'invalid', problem: { ...parsed, field: row.id } };
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
