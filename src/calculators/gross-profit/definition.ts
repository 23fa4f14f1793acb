import { formatFigure } from '../../lib/figure';
import { computeGrossProfit } from './maths';
import { succeed } from '../../lib/calculators/outcome';
import { numbersOf, type Calculator } from '../../lib/calculators/tool';

export const grossProfit: Calculator<'gross-profit'> = {
  id: 'gross-profit',
  title: 'Gross profit calculator',
  summary: 'Model margin per deal, per rep and per territory, and what a rep contributes after their own cost.',
  formula: [
    'Gross profit per deal = revenue per deal − cost to deliver it',
    'Per rep = per deal × deals a rep closes; per territory = per rep × reps',
  ],
  fields: [
    {
      kind: 'number',
      name: 'dealRevenue',
      label: 'Revenue per deal',
      unit: 'currency',
      default: 60_000,
      min: 0,
      max: 1e12,
    },
    {
      kind: 'number',
      name: 'deliveryCost',
      label: 'Cost to deliver a deal (onboarding, hosting, services)',
      unit: 'currency',
      default: 21_000,
      min: 0,
      max: 1e12,
    },
    {
      kind: 'number',
      name: 'dealsPerRep',
      label: 'Deals a rep closes per year',
      unit: 'count',
      default: 14,
      min: 0,
      max: 1e6,
    },
    {
      kind: 'number',
      name: 'repsPerTerritory',
      label: 'Reps per territory',
      unit: 'count',
      default: 4,
      min: 0,
      max: 1e5,
    },
    {
      kind: 'number',
      name: 'repCost',
      label: 'Fully loaded cost of a rep per year (0 to leave out)',
      unit: 'currency',
      default: 220_000,
      min: 0,
      max: 1e10,
    },
  ],
  evaluate(values) {
    const input = numbersOf(values, ['dealRevenue', 'deliveryCost', 'dealsPerRep', 'repsPerTerritory', 'repCost']);
    const outcome = computeGrossProfit(input);
    if (!outcome.ok) return outcome;
    const result = outcome.value;
    const money = (value: number) => formatFigure(value, 'currency');
    return succeed({
      headline: { label: 'Gross profit per deal', text: money(result.perDeal) },
      lines: [
        { label: 'Gross margin', text: formatFigure(result.margin, 'percent') },
        { label: 'Gross profit per rep per year', text: money(result.perRep) },
        { label: 'Gross profit per territory per year', text: money(result.perTerritory) },
        { label: 'Rep contribution after their own cost', text: money(result.repContribution) },
      ],
      verdicts: [],
      working: `(${money(input.dealRevenue)} − ${money(input.deliveryCost)}) × ${formatFigure(input.dealsPerRep, 'count')} deals × ${formatFigure(input.repsPerTerritory, 'count')} reps = ${money(result.perTerritory)} per territory`,
    });
  },
};
