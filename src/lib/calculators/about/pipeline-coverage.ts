import type { ToolAbout } from './types';

export const pipelineCoverageAbout: ToolAbout = {
  intro:
    'Coverage tells you, before the quarter is lost, whether enough deals are in play to reach the number. Enter the open pipeline in each stage with the chance your CRM gives it, and the target for the same period.',
  variants:
    'The calculator judges the weighted figure by default, because Pulse defines pipeline coverage as weighted pipeline over target and the telehealth benchmark of 3× to 4× is stated for weighted pipeline. Switch to unweighted to compare with the common "3× rule", which most sales teams apply to raw pipeline. Both figures are always shown.',
  assumptions: [
    'Only deals expected to close inside the target period belong in the pipeline; older or undated deals inflate coverage.',
    'Stage probabilities should come from your own history of deals that reached each stage, not from CRM defaults nobody has checked.',
    'Weighted coverage can never exceed unweighted coverage, since no stage closes more than 100% of the time.',
  ],
  example:
    'The defaults describe a quarter with most of its pipeline still in the first two stages, the usual shape early in a quarter. Weighting each stage by its chance to close shrinks the pipeline to the revenue it can be expected to produce:',
  reading: [
    'At or above 3× on the basis you chose: the quarter has room for normal slippage.',
    'Less than 15% short of 3×: yellow. Add pipeline now, because long buying cycles leave little time to recover.',
    'Further below: red. Either the target or the pipeline plan needs to change this quarter.',
    'Very high unweighted coverage with low weighted coverage means the pipeline is early-stage heavy: plenty of names, few deals near signature.',
  ],
  faq: [
    {
      question: 'Why is my weighted coverage so much lower than the unweighted figure?',
      answer:
        'Because early stages carry low close probabilities. A pipeline full of discovery calls looks large at face value but contributes little expected revenue; the gap measures how much of the pipeline is still unproven.',
    },
    {
      question: 'Should I count deals that slipped from last quarter?',
      answer:
        'Only if they have a fresh, credible close date inside this period. Slipped deals are the commonest source of inflated coverage, so review them before trusting the number.',
    },
    {
      question: 'What period should the target cover?',
      answer:
        'The same window the pipeline is expected to close in, usually the current quarter. Mixing an annual target with a quarter of pipeline makes the ratio meaningless.',
    },
  ],
  sources: [
    {
      title: 'How to Calculate Pipeline Coverage Ratio (With Real Benchmarks)',
      publisher: 'ORM Technologies',
      url: 'https://orm-tech.com/blog/how-to-calculate-pipeline-coverage/',
    },
    {
      title: 'Probability-weighted pipeline coverage by stage',
      publisher: 'Tech Growth Insights',
      url: 'https://techgrowthinsights.com/blog-probability-weighted-pipeline-coverage-stage-2026',
    },
  ],
};
