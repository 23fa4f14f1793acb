/**
 * Gross and net revenue retention over one period, from the recurring revenue the period
 * started with (new customers excluded):
 *
 *   GRR = (start − contraction − churn) ÷ start            never above 100 %
 *   NRR = (start + expansion − contraction − churn) ÷ start
 *
 * Expansion is never negative, so NRR ≥ GRR always; NRR is computed as the retained share
 * plus expansion's share so that floating-point rounding cannot break that order.
 *
 * Some calculators leave downgrades out of GRR (churn only), which flatters it and lets it
 * exceed NRR when downgrades outweigh expansion. The default counts them, so GRR and NRR
 * subtract the same losses and differ only by expansion.
 */
export type GrrBasis = 'with-contraction' | 'churn-only';

import { checkNonNegative, fail, succeed, type Outcome } from '../../lib/calculators/outcome';

export interface RetentionInput {
  /** Recurring revenue (ARR or MRR) at the start of the period. */
  start: number;
  /** Upsell and cross-sell from those same customers. */
  expansion: number;
  /** Downgrades from customers who stayed. */
  contraction: number;
  /** Revenue lost from customers who left. */
  churn: number;
  /** Whether downgrades count against GRR; defaults to 'with-contraction'. */
  grrBasis?: GrrBasis;
}

export interface Retention {
  /** Percent. */
  grr: number;
  /** Percent. */
  nrr: number;
  /** Recurring revenue at the end of the period from the starting customers. */
  ending: number;
  /** Revenue GRR counts as lost, ÷ start, in percent: 100 − GRR. */
  grossChurn: number;
}

const labels = {
  start: 'Starting recurring revenue',
  expansion: 'Expansion',
  contraction: 'Contraction',
  churn: 'Churned revenue',
};

export function computeRetention(input: RetentionInput): Outcome<Retention> {
  const { start, expansion, contraction, churn, grrBasis = 'with-contraction' } = input;
  const problem = checkNonNegative({ start, expansion, contraction, churn }, labels);
  if (problem) return problem;
  if (start === 0)
    return fail('zero-denominator', 'Starting recurring revenue is zero: retention needs revenue to retain.', 'start');
  const lost = contraction + churn;
  if (lost > start) {
    return fail(
      'inconsistent',
      'Contraction plus churn is more than the starting revenue: customers cannot lose more than they paid.',
      'churn',
    );
  }
  const grossLost = grrBasis === 'churn-only' ? churn : lost;
  const grr = Math.min(100, ((start - grossLost) / start) * 100);
  const nrr = ((start - lost) / start) * 100 + (expansion / start) * 100;
  if (!Number.isFinite(nrr))
    return fail('not-finite', 'The result is too large to show: check the inputs.', 'expansion');
  return succeed({ grr, nrr, ending: start + expansion - lost, grossChurn: (grossLost / start) * 100 });
}
