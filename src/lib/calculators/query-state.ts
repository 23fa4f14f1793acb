/**
 * A calculator's inputs as a URL query, so a link restores exactly what was typed. What a
 * link carries is untrusted: values come back as plain strings that go through the same
 * validation as typing, and are only ever written into input values and text nodes.
 */
import { readForm, type FormReading } from './field';
import { formatPlain } from './format';
import type { Calculator, FieldValues } from './tool';

/** Raw strings for the given keys present in `search`; every other key is ignored. */
export function readQuery(search: string, names: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(search);
  const found: Record<string, string> = {};
  for (const name of names) {
    const value = params.get(name);
    if (value !== null) found[name] = value;
  }
  return found;
}

/** `search` with `entries` set, keeping any other parameters the page already had. */
export function writeQuery(search: string, entries: Readonly<Record<string, string>>): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(entries)) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface DecodedState extends FormReading {
  /** What the link said, per field, for showing back in the inputs. */
  raws: Readonly<Record<string, string>>;
}

export function decodeState(calculator: Calculator, search: string): DecodedState {
  const raws = readQuery(
    search,
    calculator.fields.map((field) => field.name),
  );
  return { ...readForm(calculator, raws), raws };
}

/** Query entries for validated values: plain numbers ("1200000"), choices as their value. */
export function encodeValues(calculator: Calculator, values: FieldValues): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const field of calculator.fields) {
    const value = values[field.name];
    if (value !== undefined) entries[field.name] = typeof value === 'number' ? formatPlain(value) : value;
  }
  return entries;
}
