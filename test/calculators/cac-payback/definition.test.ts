import { describe, expect, it } from 'vitest';
import { cacPayback } from '~/calculators/cac-payback/definition';
import { evaluateDefaults } from '../evaluate';

describe('cac-payback view at its defaults', () => {
  it("CAC payback: Bessemer's example reads 11 months, on target", () => {
    const view = evaluateDefaults(cacPayback);
    expect(view.headline).toEqual({ label: 'CAC payback', text: '11 months' });
    expect(view.working).toBe('$770,000 ÷ (20 × $5,000 × 70%) = 11 months');
    expect(view.verdicts[0]?.level).toBe('green');
  });
});
