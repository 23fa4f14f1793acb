import { formatFigure } from '../../lib/figure';
import { computeCroCost, croReferenceBand as band } from './maths';
import { succeed } from '../../lib/calculators/outcome';
import { judge } from '../../lib/calculators/rating';
import { choiceField, choiceOf, numbersOf, type Calculator, type Verdict } from '../../lib/calculators/tool';

const pricingField = choiceField(
  'pricing',
  'Priced as',
  [
    { value: 'days', label: 'Days per month × day rate' },
    { value: 'retainer', label: 'Monthly retainer' },
  ],
  { group: 'Fractional CRO' },
);
const money = (value: number) => formatFigure(value, 'currency');

export const fractionalCroCost: Calculator<'fractional-cro-cost'> = {
  id: 'fractional-cro-cost',
  title: 'Fractional CRO cost calculator',
  summary: 'Monthly and annual cost of a fractional CRO, with equity, next to a full-time hire.',
  formula: [
    'Monthly cost = days per month × day rate (or the retainer)',
    'Annual cost = monthly × 12; equity value = equity % × valuation',
    'Full-time cost = base salary × (1 + variable % + benefits and overhead %)',
  ],
  fields: [
    pricingField,
    {
      kind: 'number',
      name: 'daysPerMonth',
      label: 'Days per month',
      unit: 'days',
      default: 12,
      min: 0,
      max: 31,
      group: 'Fractional CRO',
    },
    {
      kind: 'number',
      name: 'dayRate',
      label: 'Day rate',
      unit: 'currency',
      default: 1_000,
      min: 0,
      max: 1e6,
      group: 'Fractional CRO',
      onlyWhen: { field: 'pricing', value: 'days' },
    },
    {
      kind: 'number',
      name: 'retainer',
      label: 'Monthly retainer',
      unit: 'currency',
      default: 12_000,
      min: 0,
      max: 1e7,
      group: 'Fractional CRO',
      onlyWhen: { field: 'pricing', value: 'retainer' },
    },
    {
      kind: 'number',
      name: 'equity',
      label: 'Equity',
      unit: 'percent',
      default: 0.5,
      min: 0,
      max: 100,
      group: 'Fractional CRO',
    },
    {
      kind: 'number',
      name: 'valuation',
      label: 'Company valuation',
      unit: 'currency',
      default: 20_000_000,
      min: 0,
      max: 1e13,
    },
    {
      kind: 'number',
      name: 'fullTimeSalary',
      label: 'Base salary',
      unit: 'currency',
      default: 275_000,
      min: 0,
      max: 1e8,
      group: 'Full-time CRO',
    },
    {
      kind: 'number',
      name: 'fullTimeVariable',
      label: 'Variable pay, % of base',
      unit: 'percent',
      default: 50,
      min: 0,
      max: 1000,
      group: 'Full-time CRO',
    },
    {
      kind: 'number',
      name: 'fullTimeOverhead',
      label: 'Benefits and overhead, % of base',
      unit: 'percent',
      default: 25,
      min: 0,
      max: 1000,
      group: 'Full-time CRO',
    },
    {
      kind: 'number',
      name: 'fullTimeEquity',
      label: 'Equity',
      unit: 'percent',
      default: 1.5,
      min: 0,
      max: 100,
      group: 'Full-time CRO',
    },
  ],
  evaluate(values) {
    const pricing = choiceOf(values, pricingField);
    const numbers = numbersOf(values, [
      'retainer',
      'daysPerMonth',
      'dayRate',
      'equity',
      'valuation',
      'fullTimeSalary',
      'fullTimeVariable',
      'fullTimeOverhead',
      'fullTimeEquity',
    ]);
    const outcome = computeCroCost({ pricing, ...numbers });
    if (!outcome.ok) return outcome;
    const cost = outcome.value;
    const verdicts = [
      judge(
        cost.monthly,
        { direction: 'target-range', min: band.monthlyMin, max: band.monthlyMax },
        'a monthly fee of $8,000 to $18,000',
      ),
      judge(
        numbers.daysPerMonth,
        { direction: 'target-range', min: band.daysMin, max: band.daysMax },
        '10 to 20 days a month',
      ),
      judge(
        numbers.equity,
        { direction: 'target-range', min: band.equityMin, max: band.equityMax },
        'equity of 0.25% to 1%',
      ),
    ].filter((verdict): verdict is Verdict => verdict !== undefined);
    const monthly =
      pricing === 'days'
        ? `${formatFigure(numbers.daysPerMonth, 'count')} days × ${money(numbers.dayRate)}`
        : `${money(numbers.retainer)} retainer`;
    return succeed({
      headline: { label: 'Fractional CRO, cash per year', text: money(cost.annual) },
      lines: [
        { label: 'Per month', text: money(cost.monthly) },
        { label: 'Effective day rate', text: money(cost.effectiveDayRate) },
        { label: 'Equity at this valuation', text: money(cost.equityValue) },
        { label: 'Full-time CRO, cash per year', text: money(cost.fullTimeAnnual) },
        { label: 'Full-time equity at this valuation', text: money(cost.fullTimeEquityValue) },
        { label: 'Fractional as a share of full-time cash', text: formatFigure(cost.shareOfFullTime, 'percent') },
        { label: 'Cash saved per year', text: money(cost.annualSaving) },
      ],
      verdicts,
      working: `${monthly} = ${money(cost.monthly)} a month × 12 = ${money(cost.annual)} a year`,
    });
  },
};
