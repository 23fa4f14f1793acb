/**
 * Defaults an editor sets on an embedded calculator, e.g. `<CacPaybackCalculator spend="$1.2m" />`.
 * A wrong name or an impossible value stops the build with the component, the prop and
 * what to write instead — the same validation a reader's typing gets.
 */
import { formatPlain } from './format';
import { readField } from './field';
import { describeSuggestion } from '../suggest';
import type { Calculator, FieldValues } from './tool';

/** Props every calculator component takes besides its inputs. */
export const reservedProps = ['instance', 'heading'] as const;

export class CalculatorPropsError extends Error {
  constructor(component: string, message: string) {
    super(`<${component}>: ${message}`);
    this.name = 'CalculatorPropsError';
  }
}

export function resolveDefaults(
  calculator: Calculator,
  props: Readonly<Record<string, unknown>>,
  component: string,
): FieldValues {
  const names = calculator.fields.map((field) => field.name);
  const values: Record<string, number | string> = Object.fromEntries(
    calculator.fields.map((field) => [field.name, field.default]),
  );
  for (const [name, given] of Object.entries(props)) {
    if ((reservedProps as readonly string[]).includes(name) || given === undefined) continue;
    const field = calculator.fields.find((candidate) => candidate.name === name);
    if (!field) {
      throw new CalculatorPropsError(
        component,
        `unknown prop "${name}". Inputs are: ${names.join(', ')}.${describeSuggestion(name, names)}`,
      );
    }
    if (typeof given !== 'number' && typeof given !== 'string') {
      throw new CalculatorPropsError(component, `${name} must be a number or text such as "$8k", not ${typeof given}.`);
    }
    const outcome = readField(field, typeof given === 'number' ? formatPlain(given) : given);
    if (!outcome.ok)
      throw new CalculatorPropsError(component, `${name}={${JSON.stringify(given)}} is not usable: ${outcome.reason}`);
    values[name] = outcome.value;
  }
  return values;
}
