/** Shared by the definition tests: a calculator's view for its defaults plus `raws`, typed as a reader would. */
import { expect } from 'vitest';
import { readForm } from '~/lib/calculators/field';
import type { Calculator, ResultView } from '~/lib/calculators/tool';

export function evaluateDefaults(calculator: Calculator, raws: Record<string, string> = {}): ResultView {
  const reading = readForm(calculator, raws);
  expect(reading.errors).toEqual({});
  const outcome = calculator.evaluate(reading.values);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.value;
}
