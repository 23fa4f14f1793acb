import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInput, isFieldActive, readField, readForm } from '~/lib/calculators/field';
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

describe('fields only some choices use', () => {
  const cro = calculators['fractional-cro-cost'];
  const field = (name: string) => cro.fields.find((candidate) => candidate.name === name)!;

  it('are active only while their choice holds', () => {
    expect(isFieldActive(field('dayRate'), () => 'days')).toBe(true);
    expect(isFieldActive(field('dayRate'), () => 'retainer')).toBe(false);
    expect(isFieldActive(field('retainer'), () => 'retainer')).toBe(true);
    expect(isFieldActive(field('daysPerMonth'), () => 'retainer')).toBe(true);
  });

  it('cannot block a result while unused: a broken day rate under retainer pricing takes its default', () => {
    const retainer = readForm(cro, { pricing: 'retainer', retainer: '$15k', dayRate: 'abc' });
    expect(retainer.errors).toEqual({});
    expect(retainer.values).toMatchObject({ pricing: 'retainer', retainer: 15_000, dayRate: 1_000 });
    const days = readForm(cro, { pricing: 'days', dayRate: 'abc' });
    expect(Object.keys(days.errors)).toEqual(['dayRate']);
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
