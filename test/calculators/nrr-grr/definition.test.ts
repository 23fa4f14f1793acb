import { describe, expect, it } from 'vitest';
import { nrrGrr } from '~/calculators/nrr-grr/definition';
import { evaluateDefaults } from '../evaluate';

describe('nrr-grr view at its defaults', () => {
  it('NRR and GRR: 105 % and 87 %', () => {
    const view = evaluateDefaults(nrrGrr);
    expect(view.headline).toEqual({ label: 'Net revenue retention', text: '105%' });
    expect(view.lines[0]).toEqual({ label: 'Gross revenue retention', text: '87%' });
    expect(view.verdicts.map((verdict) => verdict.level)).toEqual(['yellow', 'yellow']);
  });
});
