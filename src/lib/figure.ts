/**
 * How a figure reads, wherever it shows: a calculator's result, a KPI card's target, the
 * KPI page's table of every industry's target, the Markdown twin and the lint's messages.
 * The locale is fixed, so the server-rendered text and the one a calculator computes in
 * the browser are the same string, character for character. Pure and small, because the
 * calculators ship it to the browser.
 */
import type { Direction } from '../schemas/kpi';
import type { Unit } from '../schemas/units';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(digits: number, minimum = 0): Intl.NumberFormat {
  const key = `${digits}/${minimum}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: minimum, maximumFractionDigits: digits });
    cache.set(key, format);
  }
  return format;
}

export interface FigureOptions {
  /**
   * Millions of dollars as "$2.5M": for benchmark targets, which are rounded claims. Left
   * off for calculator results, whose working shows every dollar it adds up.
   */
  short?: boolean | undefined;
}

/** Money: whole dollars from $100 up, cents below, and no ".00" on whole amounts. */
function formatMoney(value: number, options: FigureOptions): string {
  const sign = value < 0 ? '-' : '';
  const size = Math.abs(value);
  if (options.short && size >= 1_000_000) return `${sign}$${numberFormat(1).format(size / 1_000_000)}M`;
  const rounded = size >= 100 ? Math.round(size) : Math.round(size * 100) / 100;
  return `${sign}$${numberFormat(Number.isInteger(rounded) ? 0 : 2, Number.isInteger(rounded) ? 0 : 2).format(rounded)}`;
}

/** Decimal places a unit is shown to: a tenth of a percent, a day or a count; hundredths of a ratio. */
const digits: Record<Exclude<Unit, 'currency'>, number> = {
  percent: 1,
  ratio: 2,
  multiple: 2,
  days: 1,
  months: 1,
  count: 1,
  'per-week': 1,
  'per-month': 1,
};

/** Unit words after the number: "30 days", "1 month", "3 a week". */
const unitWords: Partial<Record<Unit, [singular: string, plural: string]>> = {
  days: ['day', 'days'],
  months: ['month', 'months'],
  'per-week': ['a week', 'a week'],
  'per-month': ['a month', 'a month'],
};

/** The number with its symbol, without the unit word or sign after it. */
function formatBare(value: number, unit: Unit, options: FigureOptions): string {
  if (unit === 'currency') return formatMoney(value, options);
  return numberFormat(digits[unit]).format(value);
}

function suffix(unit: Unit, last: number): string {
  if (unit === 'percent') return '%';
  if (unit === 'multiple') return '×';
  const words = unitWords[unit];
  if (words) return ` ${last === 1 ? words[0] : words[1]}`;
  return '';
}

/** One figure in its unit: "12.5%", "3.13×", "$8,000", "$12.50", "1 month", "0.25". */
export function formatFigure(value: number, unit: Unit, options: FigureOptions = {}): string {
  return `${formatBare(value, unit, options)}${suffix(unit, value)}`;
}

/** A span written once with its unit: "80–90%", "4–10 months", "$8,000–$18,000". */
export function formatRange(min: number, max: number, unit: Unit, options: FigureOptions = {}): string {
  if (min === max) return formatFigure(min, unit, options);
  return `${formatBare(min, unit, options)}–${formatBare(max, unit, options)}${suffix(unit, max)}`;
}

export interface TypedBenchmark {
  min?: number | undefined;
  max?: number | undefined;
  unit: Unit;
  period?: string | undefined;
  segment?: string | undefined;
}

/** Benchmark targets are rounded claims, so they read short ("$2.5M"). */
const target: FigureOptions = { short: true };

/** The figures as written, without a direction: "80–90%", "at least 80%", "at most 14 days". */
export function formatBounds(benchmark: Pick<TypedBenchmark, 'min' | 'max' | 'unit'>): string {
  const { min, max, unit } = benchmark;
  if (min !== undefined && max !== undefined) return formatRange(min, max, unit, target);
  if (min !== undefined) return `at least ${formatFigure(min, unit, target)}`;
  if (max !== undefined) return `at most ${formatFigure(max, unit, target)}`;
  // The benchmark schema rejects a target with neither bound; reaching here is a caller bug.
  throw new Error('formatBounds: benchmark has neither min nor max');
}

/**
 * The target as a comparison, read through the KPI's direction: higher-is-better is
 * met at min ("≥ 80%"), lower-is-better at max ("≤ 12%"), a range between the two.
 * When the bound the direction needs is missing, the one given is shown as written.
 */
export function formatTarget(benchmark: TypedBenchmark, direction: Direction): string {
  const { min, max, unit } = benchmark;
  if (direction === 'higher-is-better' && min !== undefined) return `≥ ${formatFigure(min, unit, target)}`;
  if (direction === 'lower-is-better' && max !== undefined) return `≤ ${formatFigure(max, unit, target)}`;
  if (min !== undefined && max !== undefined) return formatRange(min, max, unit, target);
  if (min !== undefined) return `≥ ${formatFigure(min, unit, target)}`;
  if (max !== undefined) return `≤ ${formatFigure(max, unit, target)}`;
  throw new Error('formatTarget: benchmark has neither min nor max');
}

/** "Target ≥ 80% · 90 days · health systems": the KPI card's line, and the twin's. */
export function formatBenchmarkLine(benchmark: TypedBenchmark, direction: Direction): string {
  return [`Target ${formatTarget(benchmark, direction)}`, benchmark.period, benchmark.segment]
    .filter(Boolean)
    .join(' · ');
}
