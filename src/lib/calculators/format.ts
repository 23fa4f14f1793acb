/**
 * Formats calculator numbers for display. The locale is fixed so that the server-rendered
 * result and the one the browser computes are the same string, character for character.
 */
import type { Unit } from '../../schemas/units';

const locale = 'en-US';
const cache = new Map<string, Intl.NumberFormat>();

function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** Money: whole dollars from $100 up, cents below, and no ".00" on whole amounts. */
export function formatCurrency(value: number): string {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  const digits = Number.isInteger(rounded) ? 0 : 2;
  return formatter(`currency${digits}`, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(rounded);
}

/** `value` in `unit`, as a reader expects to see it: "$12,000", "12.5%", "3.12×", "11 months". */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'currency':
      return formatCurrency(value);
    case 'percent':
      return formatter('percent', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'multiple':
      return `${formatter('multiple', { maximumFractionDigits: 2 }).format(value)}×`;
    case 'ratio':
      return formatter('ratio', { maximumFractionDigits: 2 }).format(value);
    case 'months':
      return formatter('months', {
        style: 'unit',
        unit: 'month',
        unitDisplay: 'long',
        maximumFractionDigits: 1,
      }).format(value);
    case 'days':
      return formatter('days', { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 }).format(
        value,
      );
    case 'count':
      return formatter('count', { maximumFractionDigits: 1 }).format(value);
    case 'per-week':
      return `${formatter('count', { maximumFractionDigits: 1 }).format(value)} a week`;
    case 'per-month':
      return `${formatter('count', { maximumFractionDigits: 1 }).format(value)} a month`;
  }
}

/** A plain number as it goes into a link or an input: no grouping, no float noise. */
export function formatPlain(value: number): string {
  const text = String(Number(value.toPrecision(15)));
  // Very small or very large numbers print in exponent form, which the parser refuses.
  return text.includes('e')
    ? formatter('plain', { useGrouping: false, maximumFractionDigits: 20 }).format(value)
    : text;
}
