/**
 * How numbers, dates and benchmark targets read on the page. Plain functions, so the
 * same wording appears on industry cards, KPI tables and anywhere else a figure shows.
 */
import type { Category, Direction } from '../schemas/kpi';
import type { Unit } from '../schemas/units';

// Frontmatter dates are calendar days parsed as UTC midnight; formatting them in the
// reader's zone would show the day before for anyone west of Greenwich.
const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "May 22, 2026" */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "2026-05-22", for `<time datetime>` and structured data. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "1,588" */
export function formatCount(value: number): string {
  return integerFormat.format(value);
}

function formatCurrency(value: number): string {
  if (Math.abs(value) >= 1_000_000) {
    return `$${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(value / 1_000_000)}M`;
  }
  return `$${integerFormat.format(value)}`;
}

/** Unit words that follow the number: "30 days", "1 month". */
const unitWords: Partial<Record<Unit, [singular: string, plural: string]>> = {
  days: ['day', 'days'],
  months: ['month', 'months'],
  'per-week': ['a week', 'a week'],
  'per-month': ['a month', 'a month'],
};

/** The bare number with its symbol, without a trailing unit word. */
function formatBare(value: number, unit: Unit): string {
  if (unit === 'currency') return formatCurrency(value);
  return integerFormat.format(value);
}

function suffix(unit: Unit, last: number): string {
  if (unit === 'percent') return '%';
  if (unit === 'multiple') return '×';
  const words = unitWords[unit];
  if (words) return ` ${last === 1 ? words[0] : words[1]}`;
  return '';
}

/** One figure in its unit: "80%", "3×", "$8,000", "30 days", "0.25". */
export function formatFigure(value: number, unit: Unit): string {
  return `${formatBare(value, unit)}${suffix(unit, value)}`;
}

/** A span written once with its unit: "80–90%", "4–10 months", "$8,000–$18,000". */
export function formatRange(min: number, max: number, unit: Unit): string {
  if (min === max) return formatFigure(min, unit);
  return `${formatBare(min, unit)}–${formatBare(max, unit)}${suffix(unit, max)}`;
}

export interface TypedBenchmark {
  min?: number | undefined;
  max?: number | undefined;
  unit: Unit;
  period?: string | undefined;
  segment?: string | undefined;
}

/**
 * The target as a comparison, read through the KPI's direction: higher-is-better is
 * met at min ("≥ 80%"), lower-is-better at max ("≤ 12%"), a range between the two.
 * When the bound the direction needs is missing, the one given is shown as written.
 */
export function formatTarget(benchmark: TypedBenchmark, direction: Direction): string {
  const { min, max, unit } = benchmark;
  if (direction === 'higher-is-better' && min !== undefined) return `≥ ${formatFigure(min, unit)}`;
  if (direction === 'lower-is-better' && max !== undefined) return `≤ ${formatFigure(max, unit)}`;
  if (min !== undefined && max !== undefined) return formatRange(min, max, unit);
  if (min !== undefined) return `≥ ${formatFigure(min, unit)}`;
  if (max !== undefined) return `≤ ${formatFigure(max, unit)}`;
  // The benchmark schema rejects a target with neither bound; reaching here is a caller bug.
  throw new Error('formatTarget: benchmark has neither min nor max');
}

/** "Target ≥ 80% · 90 days · health systems" */
export function formatBenchmarkLine(benchmark: TypedBenchmark, direction: Direction): string {
  return [`Target ${formatTarget(benchmark, direction)}`, benchmark.period, benchmark.segment]
    .filter(Boolean)
    .join(' · ');
}

export const directionLabels: Record<Direction, string> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
  'target-range': 'Best inside a target range',
};

export const unitLabels: Record<Unit, string> = {
  percent: 'Percent (%)',
  ratio: 'Ratio',
  multiple: 'Multiple (×)',
  days: 'Days',
  months: 'Months',
  currency: 'US dollars ($)',
  count: 'Count',
  'per-week': 'Count per week',
  'per-month': 'Count per month',
};

export const categoryLabels: Record<Category, string> = {
  pipeline: 'Pipeline',
  conversion: 'Conversion',
  retention: 'Retention',
  efficiency: 'Efficiency',
  activation: 'Activation',
  expansion: 'Expansion',
};

/** "1 KPI", "9 KPIs" */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/** Search results cut titles at about 70 characters (html-validate's long-title rule agrees). */
export const titleLimit = 70;

/**
 * The first candidate title that fits the limit once the suffix is added; when none
 * does, the shortest candidate on its own, so the page's own words survive.
 */
export function fitTitle(candidates: readonly string[], suffix = '', limit = titleLimit): string {
  const fitting = candidates.find((title) => (title + suffix).length <= limit);
  if (fitting !== undefined) return fitting + suffix;
  return [...candidates].sort((a, b) => a.length - b.length)[0] ?? '';
}
