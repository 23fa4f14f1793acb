/**
 * What every calculator function returns. An impossible input (a zero denominator, a
 * negative count, a margin at or below zero) is a `NoResult` with a reason a reader can
 * act on, so no caller ever has to guard against 0, NaN or Infinity standing in for
 * "cannot be computed".
 */
export type NoResultCode =
  | 'empty'
  | 'not-a-number'
  | 'not-finite'
  | 'out-of-range'
  | 'not-whole'
  | 'negative'
  | 'zero-denominator'
  | 'non-positive-margin'
  | 'inconsistent';

export interface NoResult {
  ok: false;
  code: NoResultCode;
  /** One sentence that says what is wrong and what to enter instead. */
  reason: string;
  /** The input at fault, when there is one, so a form can mark it. */
  field?: string;
}

export type Outcome<T> = { ok: true; value: T } | NoResult;

export function succeed<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail(code: NoResultCode, reason: string, field?: string): NoResult {
  return field === undefined ? { ok: false, code, reason } : { ok: false, code, reason, field };
}

/** The first failure among named inputs that must be finite and not negative. */
export function checkNonNegative(
  inputs: Readonly<Record<string, number>>,
  labels: Readonly<Record<string, string>>,
): NoResult | undefined {
  for (const [field, value] of Object.entries(inputs)) {
    const label = labels[field] ?? field;
    if (!Number.isFinite(value)) return fail('not-finite', `${label} is not a usable number.`, field);
    if (value < 0) return fail('negative', `${label} cannot be negative.`, field);
  }
  return undefined;
}

/** A ratio, or a typed no-result when the denominator is zero or the result overflows. */
export function divide(numerator: number, denominator: number, whenZero: string, field?: string): Outcome<number> {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator)) {
    return fail('not-finite', 'One of the inputs is not a usable number.', field);
  }
  if (denominator === 0) return fail('zero-denominator', whenZero, field);
  const value = numerator / denominator;
  if (!Number.isFinite(value)) return fail('not-finite', 'The result is too large to show: check the inputs.', field);
  return succeed(value);
}
