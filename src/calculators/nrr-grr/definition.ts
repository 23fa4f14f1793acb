import { formatFigure } from '../../lib/figure';
import { succeed } from '../../lib/calculators/outcome';
import { judge } from '../../lib/calculators/rating';
import { computeRetention } from './maths';
import { choiceField, choiceOf, numbersOf, type Calculator } from '../../lib/calculators/tool';

const grrBasisField = choiceField('grrBasis', 'Downgrades in GRR', [
  { value: 'with-contraction', label: 'Count them (default)' },
  { value: 'churn-only', label: 'Leave them out: churn only' },
]);

/** Telehealth platform services: NRR of 108–120 % for a healthy platform. */
export const nrrBenchmark = { direction: 'higher-is-better', min: 108, max: 120 } as const;
/** The same page's gross revenue churn ceiling (12 % a year, at the loose end) read as retention. */
export const grrBenchmark = { direction: 'higher-is-better', min: 88 } as const;

export const nrrGrr: Calculator<'nrr-grr'> = {
  id: 'nrr-grr',
  title: 'NRR and GRR calculator',
  summary: 'Net and gross revenue retention from starting revenue, expansion, contraction and churn.',
  formula: [
    'GRR = (starting revenue − contraction − churn) ÷ starting revenue, at most 100%',
    'NRR = (starting revenue + expansion − contraction − churn) ÷ starting revenue',
  ],
  fields: [
    {
      kind: 'number',
      name: 'start',
      label: 'Recurring revenue at the start of the period',
      unit: 'currency',
      default: 5_000_000,
      min: 0,
      max: 1e12,
    },
    {
      kind: 'number',
      name: 'expansion',
      label: 'Expansion (upsell and cross-sell)',
      unit: 'currency',
      default: 900_000,
      min: 0,
      max: 1e12,
    },
    {
      kind: 'number',
      name: 'contraction',
      label: 'Contraction (downgrades)',
      unit: 'currency',
      default: 200_000,
      min: 0,
      max: 1e12,
    },
    {
      kind: 'number',
      name: 'churn',
      label: 'Churned revenue (customers who left)',
      unit: 'currency',
      default: 450_000,
      min: 0,
      max: 1e12,
    },
    grrBasisField,
  ],
  evaluate(values) {
    const input = {
      ...numbersOf(values, ['start', 'expansion', 'contraction', 'churn']),
      grrBasis: choiceOf(values, grrBasisField),
    };
    const outcome = computeRetention(input);
    if (!outcome.ok) return outcome;
    const { nrr, grr, ending, grossChurn } = outcome.value;
    // Each rating sits with its own figure: GRR's under the NRR headline read as rating NRR.
    const nrrVerdict = judge(nrr, nrrBenchmark, 'NRR of 108% to 120% (telehealth platform services)');
    const grrVerdict = judge(grr, grrBenchmark, 'GRR of 88% or more, i.e. gross revenue churn under 12% a year');
    const money = (value: number) => formatFigure(value, 'currency');
    return succeed({
      headline: { label: 'Net revenue retention', text: formatFigure(nrr, 'percent') },
      lines: [
        {
          label: 'Gross revenue retention',
          text: formatFigure(grr, 'percent'),
          ...(grrVerdict ? { verdict: grrVerdict } : {}),
        },
        {
          label: input.grrBasis === 'churn-only' ? 'Revenue churn (churn only)' : 'Gross revenue churn',
          text: formatFigure(grossChurn, 'percent'),
        },
        { label: 'Recurring revenue at the end', text: money(ending) },
      ],
      verdicts: nrrVerdict ? [nrrVerdict] : [],
      working: `NRR = (${money(input.start)} + ${money(input.expansion)} − ${money(input.contraction)} − ${money(input.churn)}) ÷ ${money(input.start)} = ${formatFigure(nrr, 'percent')}`,
    });
  },
};
