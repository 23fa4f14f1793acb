import { describe, expect, it } from 'vitest';
import { grossProfit } from '~/calculators/gross-profit/definition';
import { evaluateDefaults } from '../evaluate';

describe('gross-profit view at its defaults', () => {
  it('gross profit: $39,000 a deal and $2,184,000 a territory', () => {
    const view = evaluateDefaults(grossProfit);
    expect(view.headline.text).toBe('$39,000');
    expect(view.working).toBe('($60,000 − $21,000) × 14 deals × 4 reps = $2,184,000 per territory');
  });
});
