/**
 * Pipeline coverage: how many times the open pipeline covers the new-revenue target.
 *
 *   unweighted = Σ amount ÷ target
 *   weighted   = Σ (amount × stage probability) ÷ target
 *
 * Weighted is never above unweighted, because no stage probability exceeds 100 %.
 */
import { divide, fail, succeed, type Outcome } from '../../lib/calculators/outcome';

export interface Stage {
  /** Open pipeline in the stage, in dollars. */
  amount: number;
  /** Chance a deal in this stage closes, in percent (0–100). */
  probability: number;
}

export interface CoverageInput {
  /** New-revenue target for the period, in dollars. */
  target: number;
  stages: readonly Stage[];
}

export interface Coverage {
  openPipeline: number;
  weightedPipeline: number;
  unweighted: number;
  weighted: number;
}

function checkStages(stages: readonly Stage[]): Outcome<Stage[]> {
  for (const [index, stage] of stages.entries()) {
    const which = `Stage ${index + 1}`;
    if (!Number.isFinite(stage.amount) || !Number.isFinite(stage.probability)) {
      return fail('not-finite', `${which} has an amount or probability that is not a number.`);
    }
    if (stage.amount < 0) return fail('negative', `${which}'s pipeline amount cannot be negative.`);
    if (stage.probability < 0 || stage.probability > 100) {
      return fail('out-of-range', `${which}'s probability must be between 0% and 100%.`);
    }
  }
  return succeed([...stages]);
}

export function computeCoverage(input: CoverageInput): Outcome<Coverage> {
  if (!Number.isFinite(input.target)) return fail('not-finite', 'The target is not a number.', 'target');
  if (input.target < 0) return fail('negative', 'The target cannot be negative.', 'target');
  const stages = checkStages(input.stages);
  if (!stages.ok) return stages;
  const openPipeline = stages.value.reduce((sum, stage) => sum + stage.amount, 0);
  const weightedPipeline = stages.value.reduce((sum, stage) => sum + (stage.amount * stage.probability) / 100, 0);
  const whenZero = 'The target is zero: coverage needs a revenue target above zero.';
  const unweighted = divide(openPipeline, input.target, whenZero, 'target');
  const weighted = divide(weightedPipeline, input.target, whenZero, 'target');
  if (!unweighted.ok) return unweighted;
  if (!weighted.ok) return weighted;
  return succeed({ openPipeline, weightedPipeline, unweighted: unweighted.value, weighted: weighted.value });
}
