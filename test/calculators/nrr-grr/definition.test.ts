import { describe, expect, it } from 'vitest';
import { nrrGrr } from '~/calculators/nrr-grr/definition';
import { evaluateDefaults } from '../evaluate';

describe('nrr-grr view at its defaults', () => {
  it('NRR and GRR: 105 % and 87 %', () => {
    const view = evaluateDefaults(nrrGrr);
    expect(view.headline).toEqual({ label: 'Net revenue retention', text: '105%' });
    expect(view.lines[0]).toMatchObject({ label: 'Gross revenue retention', text: '87%' });
    // Each rating sits with its own figure: NRR's under the headline, GRR's on the GRR line.
    expect(view.verdicts.map((verdict) => verdict.text)).toEqual([
      'Close: within 15% of target. Benchmark: NRR of 108% to 120% (telehealth platform services).',
    ]);
    expect(view.lines[0]?.verdict).toEqual({
      level: 'yellow',
      text: 'Close: within 15% of target. Benchmark: GRR of 88% or more, i.e. gross revenue churn under 12% a year.',
    });
  });
});
