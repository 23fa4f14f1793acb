/**
 * Turns what a reader typed (or what a shared link carried) into validated inputs. The
 * same code runs on the server for the first render and in the browser on every keystroke.
 */
import type { Unit } from '../../schemas/units';
import { formatFigure } from '../figure';
import { formatPlain } from './format';
import { fail, succeed, type NoResult, type Outcome } from './outcome';
import { parseNumber } from './parse-number';
import type { Calculator, Field, FieldValues, NumberField } from './tool';

function checkBounds(field: NumberField, value: number): Outcome<number> {
  if (field.integer && !Number.isInteger(value)) return fail('not-whole', 'Enter a whole number.', field.name);
  if (value < field.min) {
    const code = value < 0 && field.min >= 0 ? 'negative' : 'out-of-range';
    return fail(code, `Enter ${formatFigure(field.min, field.unit)} or more.`, field.name);
  }
  if (value > field.max)
    return fail('out-of-range', `Enter ${formatFigure(field.max, field.unit)} or less.`, field.name);
  return succeed(value);
}

/** One field's value from its text, or why the text cannot be used. */
export function readField(field: Field, raw: string): Outcome<number | string> {
  if (field.kind === 'choice') {
    if (field.options.some((option) => option.value === raw)) return succeed(raw);
    const names = field.options.map((option) => option.label).join(' or ');
    return fail('out-of-range', `Choose ${names}.`, field.name);
  }
  const parsed = parseNumber(raw, field.unit);
  if (!parsed.ok) return { ...parsed, field: field.name };
  return checkBounds(field, parsed.value);
}

/** Whether a field is in use for the current choices (see `onlyWhen`); `choiceOf` reads a choice field's value. */
export function isFieldActive(field: Field, choiceOf: (name: string) => string | undefined): boolean {
  return !field.onlyWhen || choiceOf(field.onlyWhen.field) === field.onlyWhen.value;
}

export interface FormReading {
  values: FieldValues;
  /** Problems by field name; empty when every input is usable. */
  errors: Readonly<Record<string, NoResult>>;
}

/**
 * Reads every field; a field with no text given takes its default, and so does a field
 * the current choices leave unused, whose text cannot change the result.
 */
export function readForm(calculator: Calculator, raws: Readonly<Record<string, string | undefined>>): FormReading {
  const values: Record<string, number | string> = {};
  const errors: Record<string, NoResult> = {};
  for (const field of calculator.fields.filter((candidate) => candidate.kind === 'choice')) {
    const raw = raws[field.name];
    const outcome = raw === undefined ? succeed(field.default) : readField(field, raw);
    if (outcome.ok) values[field.name] = outcome.value;
    else errors[field.name] = outcome;
  }
  const choiceOf = (name: string) => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  for (const field of calculator.fields.filter((candidate) => candidate.kind === 'number')) {
    const raw = raws[field.name];
    const outcome = raw === undefined ? succeed(field.default) : readField(field, raw);
    if (outcome.ok) values[field.name] = outcome.value;
    else if (isFieldActive(field, choiceOf)) errors[field.name] = outcome;
    else values[field.name] = field.default;
  }
  return { values, errors };
}

/**
 * A value as it should sit in an input box: exact, grouped, with its unit mark, and
 * readable back by `parseNumber` to the same number.
 */
export function formatInput(value: number, unit: Unit): string {
  const [whole = '0', fraction] = formatPlain(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = `${value < 0 ? '-' : ''}${fraction ? `${grouped}.${fraction}` : grouped}`;
  if (unit === 'currency') return value < 0 ? `-$${digits.slice(1)}` : `$${digits}`;
  if (unit === 'percent') return `${digits}%`;
  return digits;
}

export function formatFieldDefault(field: Field): string {
  return field.kind === 'choice' ? field.default : formatInput(field.default, field.unit);
}
