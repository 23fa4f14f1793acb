/**
 * Gross profit per deal, per rep and per territory:
 *
 *   per deal      = deal revenue − direct cost to deliver it
 *   margin        = per deal ÷ deal revenue
 *   per rep       = per deal × deals a rep closes in the period
 *   per territory = per rep × reps in the territory
 *   rep contribution = per rep − the rep's fully loaded cost
 *
 * A deal that costs more than it earns is a real (negative) answer, not an error; only a
 * deal with no revenue has no margin.
 */
import { checkNonNegative, divide, succeed, type Outcome } from '../../lib/calculators/outcome';

export interface GrossProfitInput {
  dealRevenue: number;
  deliveryCost: number;
  dealsPerRep: number;
  repsPerTerritory: number;
  /** Fully loaded cost of one rep for the same period; 0 to leave it out. */
  repCost: number;
}

export interface GrossProfit {
  perDeal: number;
  /** Percent. */
  margin: number;
  perRep: number;
  perTerritory: number;
  repContribution: number;
}

const labels = {
  dealRevenue: 'Revenue per deal',
  deliveryCost: 'Cost to deliver a deal',
  dealsPerRep: 'Deals per rep',
  repsPerTerritory: 'Reps per territory',
  repCost: 'Cost of a rep',
};

export function computeGrossProfit(input: GrossProfitInput): Outcome<GrossProfit> {
  const problem = checkNonNegative({ ...input }, labels);
  if (problem) return problem;
  const perDeal = input.dealRevenue - input.deliveryCost;
  const margin = divide(
    perDeal * 100,
    input.dealRevenue,
    'Revenue per deal is zero, so there is no margin to model.',
    'dealRevenue',
  );
  if (!margin.ok) return margin;
  const perRep = perDeal * input.dealsPerRep;
  return succeed({
    perDeal,
    margin: margin.value,
    perRep,
    perTerritory: perRep * input.repsPerTerritory,
    repContribution: perRep - input.repCost,
  });
}
