/**
 * Every tool Pulse offers: the only list of tool ids. Routes, the component map, the
 * "Apply this" cards, related records, the lint and the scaffolder all read it, and a
 * tool's page prose must exist as content/tools/<id>.md (checked when content loads).
 *
 * Plain imports rather than a glob, because the lint and the scaffolder load this file
 * under Node without Vite.
 */
import type { Calculator } from '../lib/calculators/tool';
import { cacPayback } from './cac-payback/definition';
import { fractionalCroCost } from './fractional-cro-cost/definition';
import { funnelConversion } from './funnel-conversion/definition';
import { grossProfit } from './gross-profit/definition';
import { nrrGrr } from './nrr-grr/definition';
import { pipelineCoverage } from './pipeline-coverage/definition';

/** In the order the tools index lists them. */
const definitions = [pipelineCoverage, cacPayback, nrrGrr, grossProfit, fractionalCroCost, funnelConversion] as const;

export type CalculatorId = (typeof definitions)[number]['id'];
export const calculatorIds: readonly CalculatorId[] = definitions.map((calculator) => calculator.id);

/** The one tool that is not a form-and-result calculator: it scores an industry's KPIs. */
const scorecardId = 'kpi-scorecard';
export type ToolId = CalculatorId | typeof scorecardId;
export const toolIds: readonly ToolId[] = [...calculatorIds, scorecardId];

export const calculators = Object.fromEntries(definitions.map((calculator) => [calculator.id, calculator])) as Readonly<
  Record<CalculatorId, Calculator<CalculatorId>>
>;

export interface ToolSummary {
  id: ToolId;
  title: string;
  summary: string;
  /** Site path of the tool's own page, with the trailing slash the site uses. */
  path: string;
}

const scorecard: ToolSummary = {
  id: scorecardId,
  title: 'Industry KPI scorecard',
  summary: 'Type in your own numbers and see each KPI rated green, yellow or red against the industry benchmark.',
  path: `/tools/${scorecardId}/`,
};

export const tools: readonly ToolSummary[] = [
  ...definitions.map(({ id, title, summary }) => ({ id, title, summary, path: `/tools/${id}/` })),
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

/** The name editors write in MDX: `fractional-cro-cost` → `FractionalCroCostCalculator`. */
export function mdxNameOf(id: CalculatorId): string {
  return `${id.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, letter: string) => letter.toUpperCase())}Calculator`;
}

/**
 * What is wrong when the registered tools and the page files in content/tools/ differ:
 * one sentence per missing or unregistered file, empty when they match.
 */
export function checkToolPages(pageIds: readonly string[]): string[] {
  const missing = toolIds.filter((id) => !pageIds.includes(id));
  const extra = pageIds.filter((id) => !isToolId(id));
  return [
    ...missing.map((id) => `tool "${id}" is registered but has no page prose: add content/tools/${id}.md.`),
    ...extra.map(
      (id) =>
        `content/tools/${id}.md describes no registered tool: rename it to one of ${toolIds.join(', ')}, or register the tool in src/calculators/registry.ts.`,
    ),
  ];
}
