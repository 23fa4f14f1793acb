/**
 * Every tool Pulse offers, by id. Frontmatter `tools:` lists are checked against
 * `toolIds`, so a typo fails the build instead of rendering a dead card.
 */
import type { Calculator } from './tool';
import { cacPayback } from './tools/cac-payback';
import { fractionalCroCost } from './tools/fractional-cro-cost';
import { funnelConversion } from './tools/funnel-conversion';
import { grossProfit } from './tools/gross-profit';
import { nrrGrr } from './tools/nrr-grr';
import { pipelineCoverage } from './tools/pipeline-coverage';

export const calculatorIds = [
  'pipeline-coverage',
  'cac-payback',
  'nrr-grr',
  'gross-profit',
  'fractional-cro-cost',
  'funnel-conversion',
] as const;
export type CalculatorId = (typeof calculatorIds)[number];

export const toolIds = [...calculatorIds, 'kpi-scorecard'] as const;
export type ToolId = (typeof toolIds)[number];

export const calculators: Readonly<Record<CalculatorId, Calculator>> = {
  'pipeline-coverage': pipelineCoverage,
  'cac-payback': cacPayback,
  'nrr-grr': nrrGrr,
  'gross-profit': grossProfit,
  'fractional-cro-cost': fractionalCroCost,
  'funnel-conversion': funnelConversion,
};

export interface ToolSummary {
  id: ToolId;
  title: string;
  summary: string;
  /** Site path of the tool's own page, with the trailing slash the site uses. */
  path: string;
}

const scorecard: ToolSummary = {
  id: 'kpi-scorecard',
  title: 'Industry KPI scorecard',
  summary: 'Type in your own numbers and see each KPI rated green, yellow or red against the industry benchmark.',
  path: '/tools/kpi-scorecard/',
};

export const tools: readonly ToolSummary[] = [
  ...calculatorIds.map((id) => {
    const { title, summary } = calculators[id];
    return { id, title, summary, path: `/tools/${id}/` };
  }),
  scorecard,
];

export function isToolId(value: string): value is ToolId {
  return (toolIds as readonly string[]).includes(value);
}

export function isCalculatorId(value: string): value is CalculatorId {
  return (calculatorIds as readonly string[]).includes(value);
}

export function getTool(id: ToolId): ToolSummary {
  return tools.find((tool) => tool.id === id)!;
}
