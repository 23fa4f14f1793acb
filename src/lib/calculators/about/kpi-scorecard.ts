import type { ToolAbout } from './types';

export const kpiScorecardAbout: ToolAbout = {
  intro:
    "Every industry page in the library ends in a scorecard built from its own benchmarks. Type your current figure for each KPI and it is rated against the page's target, then export the result as a spreadsheet for your next review.",
  variants:
    'The colour rule follows the library\'s CRM tracking checklist: green at target, yellow within 15% of it, red beyond. "Within 15%" is measured against the target figure itself, and the direction of each KPI decides which side is good.',
  assumptions: [
    "Higher-is-better KPIs are on target at or above the benchmark's minimum; lower-is-better KPIs (churn, payback, cycle length) at or below its maximum; range KPIs between the two.",
    "Values use each KPI's unit: percentages as 12.5 or 12.5%, multiples as 3.2 or 3.2x, money as 8000 or $8k.",
    'Nothing you type leaves your browser; the shareable link carries your values in the address.',
  ],
  example: 'The example below uses the telehealth platform services benchmarks with illustrative values filled in:',
  reading: [
    'Green: at or past the target.',
    'Yellow: short of the target by no more than 15% of it.',
    'Red: further away; start with these in your next review.',
  ],
  faq: [
    {
      question: 'Why is a value above the range sometimes red?',
      answer:
        "When a KPI's benchmark is a range, overshooting is a signal too: utilisation far above plan can mean the contract is under-sized. Values more than 15% beyond the top of a range show red; KPIs where more is simply better stay green.",
    },
    {
      question: 'Where does the CSV go?',
      answer:
        'It is generated in your browser from the values you typed and downloaded directly; nothing is sent to a server.',
    },
  ],
  sources: [],
};
