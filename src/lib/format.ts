/**
 * How dates, counts, labels and titles read on the page. Figures in their units (a
 * benchmark target, a calculator result) read through src/lib/figure.ts.
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
