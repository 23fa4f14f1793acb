/**
 * An industry page's twin around its body, in the page's order: the summary and segments,
 * one section per KPI with its benchmark targets (before the body, as the cards are), then
 * the CRM checklist. A target reads as the KPI card reads it: formatBenchmarkLine.
 */
import type { Benchmark } from '../../schemas/benchmark';
import type { IndustryData } from '../../schemas/industry';
import { formatBenchmarkLine } from '../figure';
import { resolveBasis, type ResolvedBasis } from '../provenance';
import { kpiLink, type TwinKpi, type TwinKpis, type TwinParts } from './parts';

function describeBasis(basis: ResolvedBasis | undefined): string {
  if (!basis) return 'Basis: not given.';
  if (basis.kind === 'editorial') return `Editorial: ${basis.text}`;
  return `Source: [${basis.source.title}](${basis.source.url}), ${basis.source.publisher}: ${basis.supports}`;
}

function renderBenchmark(benchmark: Benchmark, data: IndustryData, kpi: TwinKpi | undefined): string[] {
  const lines = [`- **Benchmark:** ${benchmark.text}`];
  // The registry always has the KPI (the schema checks the reference); the guard keeps types honest.
  if (kpi) lines.push(`  - ${formatBenchmarkLine(benchmark, kpi.direction)}`);
  if (benchmark.note) lines.push(`  - Note: ${benchmark.note}`);
  lines.push(`  - ${describeBasis(resolveBasis(benchmark.basis, data.sources))}`);
  return lines;
}

export function renderIndustryParts(data: IndustryData, kpis: TwinKpis): TwinParts {
  const before = [
    '## Quick answer',
    '',
    data.summary,
    '',
    `Buyer segments: ${data.segments.join(', ')}.`,
    '',
    '## KPIs',
  ];
  data.kpis.forEach((item, index) => {
    const id = item.kpi.id;
    before.push('', `### ${index + 1}. ${kpiLink(kpis, id)}`, '', `- **What it measures:** ${item.measures}`);
    before.push(`- **Why it matters:** ${item.why}`);
    for (const benchmark of item.benchmarks) before.push(...renderBenchmark(benchmark, data, kpis.get(id)));
  });
  const after = data.checklist.length
    ? ['## Tracking checklist', '', ...data.checklist.map((step, index) => `${index + 1}. ${step}`)]
    : [];
  return { before, after };
}
