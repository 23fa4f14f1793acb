/**
 * Reads a number the way people type it into a business calculator — "1,200", "$8k",
 * "12.5%", "1.2m", "3.5x" — and nothing looser. Anything ambiguous ("1,2,00", "8kk",
 * "1e308") is refused with a reason rather than guessed at, because a silently
 * misread input produces a confident wrong answer.
 *
 * Suffixes are applied by moving the decimal point in the digit string, not by
 * multiplying floats, so "1.005k" is exactly 1005 (1.005 * 1000 is 1004.9999999999999).
 */
import type { Unit } from '../../schemas/units';
import { fail, succeed, type Outcome } from './outcome';

const magnitudes: Readonly<Record<string, number>> = { k: 3, m: 6, b: 9 };
const maxLength = 40;

function describe(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** Splits off one trailing decoration: a magnitude (k, m, b), "%" or "x"/"×". */
function splitSuffix(body: string): { digits: string; suffix: string } {
  const match = /^(.*?)\s?([kmb%x×])$/i.exec(body);
  if (!match) return { digits: body, suffix: '' };
  return { digits: match[1]!, suffix: match[2]!.toLowerCase() };
}

function checkSuffix(suffix: string, unit: Unit): string | undefined {
  if (suffix === '%' && unit !== 'percent') return 'A % sign only belongs in a percentage field.';
  if ((suffix === 'x' || suffix === '×') && unit !== 'multiple')
    return 'An "x" only belongs in a multiple, such as 3x coverage.';
  if (suffix in magnitudes && unit !== 'currency' && unit !== 'count') {
    return 'k, m and b shorthand only works for money and counts.';
  }
  return undefined;
}

/** Moves the decimal point `shift` places right in an exact digit string. */
function shiftDecimal(whole: string, fraction: string, shift: number): number {
  const padded = fraction.padEnd(shift, '0');
  return Number(`${whole}${padded.slice(0, shift)}.${padded.slice(shift) || '0'}`);
}

/**
 * Parses `input` as a value in `unit`. Percentages are returned in points (12.5% → 12.5),
 * matching how benchmarks are written in the library.
 */
export function parseNumber(input: string, unit: Unit = 'count'): Outcome<number> {
  let text = input.trim().replace(/\u2212/g, '-');
  if (text === '') return fail('empty', 'Enter a number.');
  if (text.length > maxLength) return fail('not-a-number', 'That is too long to be a number.');
  let negative = false;
  if (text.startsWith('-')) [negative, text] = [true, text.slice(1)];
  if (text.startsWith('$')) {
    if (unit !== 'currency') return fail('not-a-number', 'A $ sign only belongs in a money field.');
    text = text.slice(1);
    if (!negative && text.startsWith('-')) [negative, text] = [true, text.slice(1)];
  }
  const { digits, suffix } = splitSuffix(text);
  if (/[kmb%x×]$/i.test(digits))
    return fail('not-a-number', `"${describe(input.trim())}" has more than one suffix: use one of k, m or b.`);
  const suffixProblem = suffix ? checkSuffix(suffix, unit) : undefined;
  if (suffixProblem) return fail('not-a-number', suffixProblem);
  if (/\d[eE][+-]?\d/.test(digits)) {
    return fail(
      'not-a-number',
      'Write the number out (or use k, m, b): scientific notation such as 1e6 is not accepted.',
    );
  }
  const match = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?$/.exec(digits);
  if (!match || (match[1] === '' && match[2] === undefined)) {
    if (/^[\d,]+(\.\d+)?$/.test(digits)) {
      return fail('not-a-number', 'Commas must separate groups of three digits, as in 1,200,000.');
    }
    return fail('not-a-number', `"${describe(input.trim())}" is not a number.`);
  }
  const whole = match[1]!.replace(/,/g, '') || '0';
  const value = shiftDecimal(whole, match[2] ?? '', magnitudes[suffix] ?? 0);
  if (!Number.isFinite(value)) return fail('not-finite', 'That number is too large.');
  return succeed(negative && value !== 0 ? -value : value);
}
