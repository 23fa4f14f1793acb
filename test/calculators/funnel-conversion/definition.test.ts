import { describe, expect, it } from 'vitest';
import { funnelConversion } from '~/calculators/funnel-conversion/definition';
import { evaluateDefaults } from '../evaluate';

describe('funnel-conversion view at its defaults', () => {
  it('funnel: 30 % win rate and a per-line no result when no pilots ran', () => {
    const view = evaluateDefaults(funnelConversion, { pilots: '0', paidPilots: '0' });
    expect(view.headline.text).toBe('30%');
    expect(view.lines).toContainEqual({
      label: 'Pilot-to-paid',
      text: 'No result: No pilots started, so there is no pilot-to-paid rate.',
    });
  });
});
