import { describe, expect, it } from 'vitest';
import { pipelineCoverage } from '~/calculators/pipeline-coverage/definition';
import { evaluateDefaults } from '../evaluate';

describe('pipeline-coverage view at its defaults', () => {
  it('pipeline coverage: 1.56M weighted ÷ 500k = 3.12×, on target', () => {
    const view = evaluateDefaults(pipelineCoverage);
    expect(view.headline).toEqual({ label: 'Weighted coverage', text: '3.12×' });
    expect(view.working).toBe('$1,560,000 ÷ $500,000 = 3.12×');
    expect(view.verdicts.map((verdict) => verdict.level)).toEqual(['green']);
    expect(view.lines).toContainEqual({ label: 'Unweighted coverage', text: '7.2×' });
  });

  it('pipeline coverage on the unweighted basis swaps the headline', () => {
    const view = evaluateDefaults(pipelineCoverage, { coverageBasis: 'unweighted' });
    expect(view.headline).toEqual({ label: 'Unweighted coverage', text: '7.2×' });
  });
});
