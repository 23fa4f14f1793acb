import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeValues, readQuery, writeQuery } from '~/lib/calculators/query-state';
import { calculators } from '~/calculators/registry';

const coverage = calculators['pipeline-coverage'];

describe('query state', () => {
  it('reads only the keys it knows, as plain strings', () => {
    expect(readQuery('?target=500000&utm_source=x&basis=unweighted', ['target', 'basis', 'discovery'])).toEqual({
      target: '500000',
      basis: 'unweighted',
    });
  });

  it('keeps other parameters when writing', () => {
    expect(writeQuery('?utm_source=x&target=1', { target: '2', basis: 'weighted' })).toBe(
      '?utm_source=x&target=2&basis=weighted',
    );
    expect(writeQuery('', {})).toBe('');
  });

  it('turns a hostile value into a validation problem, never a value', () => {
    const state = decodeState(
      coverage,
      `?target=${encodeURIComponent('<script>alert(1)</script>')}&coverageBasis=%3Cimg%20src%3Dx%3E`,
    );
    expect(state.raws.target).toBe('<script>alert(1)</script>');
    expect(state.errors.target?.reason).toMatch(/is not a number/);
    expect(state.errors.coverageBasis?.reason).toMatch(/^Choose /);
    expect(state.values.target).toBeUndefined();
    expect(state.values.discovery).toBe(1_000_000);
  });

  it('refuses 1e308 and negative counts from a link', () => {
    const state = decodeState(calculators['funnel-conversion'], '?won=1e308&lost=-4');
    expect(state.errors.won?.reason).toMatch(/scientific notation/);
    expect(state.errors.lost?.code).toBe('negative');
  });

  it('round-trips every calculator from values to link and back', () => {
    for (const calculator of Object.values(calculators)) {
      const defaults = Object.fromEntries(calculator.fields.map((field) => [field.name, field.default]));
      const search = writeQuery('', encodeValues(calculator, defaults));
      const state = decodeState(calculator, search);
      expect(state.errors, calculator.id).toEqual({});
      expect(state.values, calculator.id).toEqual(defaults);
    }
  });

  it('round-trips any valid coverage inputs', () => {
    const amount = fc.integer({ min: 0, max: 1e12 });
    const probability = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(
        amount,
        amount,
        probability,
        fc.constantFrom('weighted', 'unweighted'),
        (target, discovery, odds, basis) => {
          const values = {
            ...Object.fromEntries(coverage.fields.map((field) => [field.name, field.default])),
            target,
            discovery,
            discoveryProbability: odds,
            coverageBasis: basis,
          };
          const state = decodeState(coverage, writeQuery('', encodeValues(coverage, values)));
          expect(state.values).toEqual(values);
        },
      ),
    );
  });
});
