import { describe, expect, it } from 'vitest';
import { fractionalCroCost } from '~/calculators/fractional-cro-cost/definition';
import { evaluateDefaults } from '../evaluate';

describe('fractional-cro-cost view at its defaults', () => {
  it('fractional CRO: 12 days × $1,000 is $144,000 a year, inside the band', () => {
    const view = evaluateDefaults(fractionalCroCost);
    expect(view.headline.text).toBe('$144,000');
    expect(view.verdicts.map((verdict) => verdict.level)).toEqual(['green', 'green', 'green']);
    const retainer = evaluateDefaults(fractionalCroCost, { pricing: 'retainer', retainer: '$25k' });
    expect(retainer.headline.text).toBe('$300,000');
    expect(retainer.verdicts[0]?.level).toBe('red');
  });
});
