import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInput, readField, readForm } from '~/lib/calculators/field';
import { parseNumber } from '~/lib/calculators/parse-number';
import { calculators } from '~/calculators/registry';
import type { NumberField } from '~/lib/calculators/tool';

const money: NumberField = {
  kind: 'number',
  name: 'target',
  label: 'Target',
  unit: 'currency',
  default: 500_000,
  min: 0,
  max: 1e12,
};
const deals: NumberField = {
  kind: 'number',
  name: 'won',
  label: 'Won',
  unit: 'count',
  default: 3,
  min: 0,
  max: 1e9,
  integer: true,
};

describe('readField', () => {
  it.each<[NumberField, string, RegExp]>([
    [money, '-5', /Enter \$0 or more/],
    [money, '2000b', /Enter \$1,000,000,000,000 or less/],
    [money, '1e308', /scientific notation/],
    [money, '', /Enter a number/],
    [money, 'ten', /"ten" is not a number/],
    [deals, '2.5', /whole number/],
  ])('%#: %s is refused with a reason naming the field', (field, raw, reason) => {
    const outcome = readField(field, raw);
    expect(outcome).toMatchObject({ ok: false, field: field.name });
    if (!outcome.ok) expect(outcome.reason).toMatch(reason);
  });

  it('marks a negative input as negative', () => {
    expect(readField(money, '-1')).toMatchObject({ ok: false, code: 'negative' });
  });

  it('only accepts listed choices', () => {
    const basis = calculators['pipeline-coverage'].fields.find((field) => field.name === 'coverageBasis')!;
    expect(readField(basis, 'unweighted')).toEqual({ ok: true, value: 'unweighted' });
    expect(readField(basis, '<b>x</b>')).toMatchObject({
      ok: false,
      reason: 'Choose Weighted pipeline or Unweighted pipeline.',
    });
  });
});

describe('readForm', () => {
  it('fills missing inputs with defaults and collects each problem by field', () => {
    const reading = readForm(calculators['cac-payback'], { spend: '$1m', newCustomers: '-2', grossMargin: 'abc' });
    expect(reading.values).toMatchObject({ spend: 1_000_000, revenuePerCustomer: 5_000, paybackBasis: 'gross-margin' });
    expect(Object.keys(reading.errors).sort()).toEqual(['grossMargin', 'newCustomers']);
  });
});

describe('formatInput', () => {
  it('shows defaults the way a reader would type them', () => {
    expect(formatInput(770_000, 'currency')).toBe('$770,000');
    expect(formatInput(0.5, 'percent')).toBe('0.5%');
    expect(formatInput(1200, 'count')).toBe('1,200');
  });

  it('round-trips through parseNumber for every unit', () => {
    const units = fc.constantFrom('currency', 'percent', 'count', 'multiple', 'months', 'days') as fc.Arbitrary<
      NumberField['unit']
    >;
    fc.assert(
      // Values as readers type them: up to 13 digits with up to four decimals.
      fc.property(
        fc.integer({ min: -1e13, max: 1e13 }),
        fc.integer({ min: 0, max: 4 }),
        units,
        (digits, decimals, unit) => {
          const value = digits / 10 ** decimals;
          expect(parseNumber(formatInput(value, unit), unit)).toEqual({ ok: true, value: value === 0 ? 0 : value });
        },
      ),
    );
  });

  it('gives every calculator default a value its own field accepts', () => {
    for (const calculator of Object.values(calculators)) {
      for (const field of calculator.fields) {
        const text = field.kind === 'number' ? formatInput(field.default, field.unit) : field.default;
        expect(readField(field, text), `${calculator.id}.${field.name}`).toEqual({ ok: true, value: field.default });
      }
    }
  });
});
