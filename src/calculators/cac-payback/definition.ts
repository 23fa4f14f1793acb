import { computePayback } from './maths';
import { formatFigure } from '../../lib/figure';
import { succeed } from '../../lib/calculators/outcome';
import { judge } from '../../lib/calculators/rating';
import { choiceField, choiceOf, numbersOf, type Calculator } from '../../lib/calculators/tool';

const basisField = choiceField('paybackBasis', 'Pay back from', [
  { value: 'gross-margin', label: 'Gross profit (default)' },
  { value: 'revenue', label: 'Revenue, ignoring margin' },
]);

/** The fractional CRO healthtech seed: aim for payback under 12 months in most segments. */
export const paybackBenchmark = { direction: 'lower-is-better', max: 12 } as const;

// Defaults are Bessemer's published example (Cloud Computing Law #6, 2012): $770k of
// S&M against $100k of new MRR at 70 % gross margin pays back in 11 months.
export const cacPayback: Calculator<'cac-payback'> = {
  id: 'cac-payback',
  title: 'CAC payback calculator',
  summary: 'Months of gross profit it takes a new customer to repay what sales and marketing spent to win them.',
  formula: [
    'CAC payback (months) = S&M spend ÷ (new customers × monthly revenue per customer × gross margin)',
    'On revenue: leave gross margin out of the denominator',
  ],
  fields: [
    {
      kind: 'number',
      name: 'spend',
      label: 'Sales and marketing spend in the period',
      unit: 'currency',
      default: 770_000,
      min: 0,
      max: 1e12,
    },
    {
      kind: 'number',
      name: 'newCustomers',
      label: 'New customers won in the period',
      unit: 'count',
      default: 20,
      min: 0,
      max: 1e9,
      integer: true,
    },
    {
      kind: 'number',
      name: 'revenuePerCustomer',
      label: 'Monthly recurring revenue per new customer',
      unit: 'currency',
      default: 5_000,
      min: 0,
      max: 1e10,
    },
    { kind: 'number', name: 'grossMargin', label: 'Gross margin', unit: 'percent', default: 70, min: -100, max: 100 },
    basisField,
  ],
  evaluate(values) {
    const basis = choiceOf(values, basisField);
    const input = numbersOf(values, ['spend', 'newCustomers', 'revenuePerCustomer', 'grossMargin']);
    const outcome = computePayback({ ...input, basis });
    if (!outcome.ok) return outcome;
    const { months, cac, newMrr, monthlyRecovery } = outcome.value;
    const margin = basis === 'gross-margin' ? ` × ${formatFigure(input.grossMargin, 'percent')}` : '';
    const verdict = judge(months, paybackBenchmark, 'under 12 months (healthtech)');
    return succeed({
      headline: { label: 'CAC payback', text: formatFigure(months, 'months') },
      lines: [
        { label: 'CAC per new customer', text: formatFigure(cac, 'currency') },
        { label: 'New MRR in the period', text: formatFigure(newMrr, 'currency') },
        {
          label: basis === 'gross-margin' ? 'Monthly gross profit per customer' : 'Monthly revenue per customer',
          text: formatFigure(monthlyRecovery, 'currency'),
        },
      ],
      verdicts: verdict ? [verdict] : [],
      working: `${formatFigure(input.spend, 'currency')} ÷ (${formatFigure(input.newCustomers, 'count')} × ${formatFigure(input.revenuePerCustomer, 'currency')}${margin}) = ${formatFigure(months, 'months')}`,
    });
  },
};
