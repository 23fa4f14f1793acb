import { formatFigure } from '../../lib/figure';
import { succeed } from '../../lib/calculators/outcome';
import { computeCoverage } from './maths';
import { judge } from '../../lib/calculators/rating';
import { choiceField, choiceOf, numberOf, type Calculator, type Field, type Verdict } from '../../lib/calculators/tool';

const stages = [
  { key: 'discovery', label: 'Discovery', amount: 1_000_000, probability: 10 },
  { key: 'evaluation', label: 'Evaluation', amount: 1_000_000, probability: 30 },
  { key: 'proposal', label: 'Proposal', amount: 800_000, probability: 60 },
  { key: 'negotiation', label: 'Negotiation', amount: 800_000, probability: 85 },
] as const;

const basisField = choiceField('coverageBasis', 'Judge coverage on', [
  { value: 'weighted', label: 'Weighted pipeline' },
  { value: 'unweighted', label: 'Unweighted pipeline' },
]);

const stageFields = stages.flatMap((stage): Field[] => [
  {
    kind: 'number',
    name: stage.key,
    label: 'Open pipeline',
    unit: 'currency',
    default: stage.amount,
    min: 0,
    max: 1e12,
    group: stage.label,
  },
  {
    kind: 'number',
    name: `${stage.key}Probability`,
    label: 'Chance to close',
    unit: 'percent',
    default: stage.probability,
    min: 0,
    max: 100,
    group: stage.label,
  },
]);

/** The telehealth platform services benchmark: 3× to 4× of the new-revenue target. */
export const coverageBenchmark = { direction: 'higher-is-better', min: 3, max: 4 } as const;

export const pipelineCoverage: Calculator<'pipeline-coverage'> = {
  id: 'pipeline-coverage',
  title: 'Pipeline coverage calculator',
  summary: 'How many times your open pipeline covers the revenue target, raw and weighted by stage.',
  formula: [
    'Weighted coverage = Σ (stage pipeline × chance to close) ÷ target',
    'Unweighted coverage = Σ stage pipeline ÷ target',
  ],
  fields: [
    {
      kind: 'number',
      name: 'target',
      label: 'New-revenue target for the period',
      unit: 'currency',
      default: 500_000,
      min: 0,
      max: 1e12,
    },
    basisField,
    ...stageFields,
  ],
  evaluate(values) {
    const outcome = computeCoverage({
      target: numberOf(values, 'target'),
      stages: stages.map((stage) => ({
        amount: numberOf(values, stage.key),
        probability: numberOf(values, `${stage.key}Probability`),
      })),
    });
    if (!outcome.ok) return outcome;
    const coverage = outcome.value;
    const weighted = choiceOf(values, basisField) === 'weighted';
    const ratio = weighted ? coverage.weighted : coverage.unweighted;
    const pipeline = weighted ? coverage.weightedPipeline : coverage.openPipeline;
    const shortfall = coverageBenchmark.min * numberOf(values, 'target') - pipeline;
    const verdict = judge(ratio, coverageBenchmark, '3× to 4× (telehealth platform services)');
    return succeed({
      headline: {
        label: weighted ? 'Weighted coverage' : 'Unweighted coverage',
        text: formatFigure(ratio, 'multiple'),
      },
      lines: [
        {
          label: weighted ? 'Unweighted coverage' : 'Weighted coverage',
          text: formatFigure(weighted ? coverage.unweighted : coverage.weighted, 'multiple'),
        },
        { label: 'Open pipeline', text: formatFigure(coverage.openPipeline, 'currency') },
        { label: 'Weighted pipeline', text: formatFigure(coverage.weightedPipeline, 'currency') },
        {
          label: `More ${weighted ? 'weighted ' : ''}pipeline needed for 3×`,
          text: shortfall > 0 ? formatFigure(shortfall, 'currency') : 'None',
        },
      ],
      verdicts: verdict ? [verdict satisfies Verdict] : [],
      working: `${formatFigure(pipeline, 'currency')} ÷ ${formatFigure(numberOf(values, 'target'), 'currency')} = ${formatFigure(ratio, 'multiple')}`,
    });
  },
};
