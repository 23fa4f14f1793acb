/**
 * The shape every calculator shares, so one form renderer, one custom element and one
 * page template serve them all. A definition holds only what the browser needs (fields,
 * maths, wording of results); page prose lives in content/tools/<id>.md.
 */
import type { Unit } from '../../schemas/units';
import type { Outcome } from './outcome';
import type { Level } from './rating';

interface FieldBase {
  /** Form name and URL query key; stable, because shared links depend on it. */
  name: string;
  label: string;
  help?: string;
  /** Consecutive fields with the same group share a fieldset with this legend. */
  group?: string;
  /**
   * Only used while a choice field holds this value (a day rate only matters when the
   * price is set by the day); otherwise the form hides it and the maths gets its default.
   */
  onlyWhen?: { field: string; value: string };
}

export interface NumberField extends FieldBase {
  kind: 'number';
  unit: Unit;
  default: number;
  min: number;
  max: number;
  integer?: boolean;
}

export interface ChoiceField<T extends string = string> extends FieldBase {
  kind: 'choice';
  options: readonly { value: T; label: string }[];
  default: T;
}

export type Field = NumberField | ChoiceField;
export type FieldValues = Readonly<Record<string, number | string>>;

export interface Verdict {
  level: Level;
  text: string;
}

export interface ResultLine {
  label: string;
  text: string;
  /** The rating of this figure, shown beside it rather than under the headline. */
  verdict?: Verdict;
}

/** Everything a calculator shows for one set of inputs, already formatted. */
export interface ResultView {
  headline: ResultLine;
  lines: ResultLine[];
  /** Ratings of the headline figure. */
  verdicts: Verdict[];
  /** The formula with the reader's numbers in it. */
  working: string;
}

/** `Id` is the tool id as a literal type, so the registry can derive its id union from the definitions. */
export interface Calculator<Id extends string = string> {
  id: Id;
  title: string;
  summary: string;
  /** The formula as readable lines, shown beside the form. */
  formula: readonly string[];
  fields: readonly Field[];
  evaluate(values: FieldValues): Outcome<ResultView>;
}

/** A number input's value; a missing or mistyped one is a programming error, not user input. */
export function numberOf(values: FieldValues, name: string): number {
  const value = values[name];
  if (typeof value !== 'number') throw new TypeError(`calculator input "${name}" is missing or not a number`);
  return value;
}

/** Several number inputs at once, by name: `numbersOf(values, ['spend', 'newCustomers'])`. */
export function numbersOf<Name extends string>(values: FieldValues, names: readonly Name[]): Record<Name, number> {
  return Object.fromEntries(names.map((name) => [name, numberOf(values, name)])) as Record<Name, number>;
}

/**
 * A choice input whose first option is the default, so each option's value is written
 * once and `choiceOf` knows the values' type from the field itself.
 */
export function choiceField<const T extends string>(
  name: string,
  label: string,
  options: readonly [{ value: T; label: string }, ...{ value: T; label: string }[]],
  extra: Pick<FieldBase, 'help' | 'group'> = {},
): ChoiceField<T> {
  return { kind: 'choice', name, label, options, default: options[0].value, ...extra };
}

/** A choice input's value, checked against the field's own options. */
export function choiceOf<T extends string>(values: FieldValues, field: ChoiceField<T>): T {
  const value = values[field.name];
  const options = field.options.map((option) => option.value);
  if (typeof value !== 'string' || !options.includes(value as T)) {
    throw new TypeError(`calculator choice "${field.name}" is not one of ${options.join(', ')}`);
  }
  return value as T;
}
