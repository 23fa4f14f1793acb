/**
 * Every article as clean Markdown, for readers who download it and for machines:
 * the page's content without the MDX machinery (imports, component tags), with
 * root-relative links made absolute so the file still works once it leaves the site.
 * Mermaid fences stay fences: they are the diagram's source, readable as text.
 */
import type { Benchmark } from '../schemas/benchmark';
import type { Faq } from '../schemas/faq';
import type { Source } from '../schemas/source';
import { kpiUrl } from './routes';
import { describeFigure } from './lint/figures';
import { resolveBasis, type ResolvedBasis } from './provenance';

function stripOutsideFences(text: string, strip: (prose: string) => string): string {
  // Odd-numbered parts are fenced code, kept byte for byte.
  return text
    .split(/(^(?:`{3,}|~{3,})[^\n]*\n[\s\S]*?^(?:`{3,}|~{3,})[ \t]*$)/m)
    .map((part, index) => (index % 2 ? part : strip(part)))
    .join('');
}

/** Removes ESM lines, JSX comments and capitalised component tags; keeps what components wrap. */
export function stripMdx(body: string): string {
  const stripped = stripOutsideFences(body, (prose) =>
    prose
      .replace(/^(?:import|export)\s[\s\S]*?(?:;[ \t]*$|(?=\n[ \t]*\n)|(?![\s\S]))/gm, '')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .replace(/<[A-Z][\w.]*(?:\s(?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)?\/>/g, '')
      .replace(/<\/?[A-Z][\w.]*(?:\s(?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)?>/g, ''),
  );
  return stripped
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** `](/x/)` → `](https://site/x/)`, outside fenced and inline code. */
export function absolutizeLinks(markdown: string, site: URL): string {
  return stripOutsideFences(markdown, (prose) =>
    // Inline code spans match first and are returned unchanged.
    prose.replace(/(`+)[^`]*?\1|\]\(\s*(\/(?!\/)[^)\s]*)/g, (match, ticks?: string, path?: string) =>
      ticks || !path ? match : `](${new URL(path, site).href}`,
    ),
  );
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export interface ArticleMeta {
  title: string;
  description: string;
  published: Date;
  updated?: Date | undefined;
  faq: readonly Faq[];
  sources: readonly Source[];
}

export function renderHeader(meta: ArticleMeta, pageUrl: string): string[] {
  const dates = [`Published ${day(meta.published)}`, ...(meta.updated ? [`updated ${day(meta.updated)}`] : [])];
  return [`# ${meta.title}`, '', meta.description, '', `${dates.join(', ')}. Web page: ${pageUrl}`];
}

export function renderFooter(meta: ArticleMeta): string[] {
  const lines: string[] = [];
  if (meta.faq.length) {
    lines.push('', '## Frequently asked questions');
    for (const item of meta.faq) lines.push('', `### ${item.question}`, '', item.answer);
  }
  if (meta.sources.length) {
    lines.push('', '## Sources', '');
    meta.sources.forEach((source, index) =>
      lines.push(
        `${index + 1}. [${source.title}](${source.url}), ${source.publisher}, accessed ${day(source.accessed)}.`,
      ),
    );
  }
  return lines;
}

export interface GuideExport extends ArticleMeta {
  quickAnswer: string;
  directAnswer?: string | undefined;
  steps: readonly { title: string; detail: string }[];
  kpis: readonly { id: string; name: string }[];
}

export function renderGuideMarkdown(guide: GuideExport, body: string, urls: { page: string; site: URL }): string {
  const lines = [...renderHeader(guide, urls.page), '', '## Quick answer', '', guide.quickAnswer];
  if (guide.directAnswer) lines.push('', guide.directAnswer);
  if (guide.steps.length) {
    lines.push('', '## Steps', '');
    guide.steps.forEach((step, index) => lines.push(`${index + 1}. **${step.title}**`, `   ${step.detail}`));
  }
  const prose = stripMdx(body);
  if (prose) lines.push('', prose);
  if (guide.kpis.length) {
    lines.push('', '## KPIs in this guide', '');
    for (const kpi of guide.kpis) lines.push(`- [${kpi.name}](${kpiUrl(kpi.id)})`);
  }
  lines.push(...renderFooter(guide));
  return `${absolutizeLinks(lines.join('\n'), urls.site)}\n`;
}

export interface IndustryExport extends ArticleMeta {
  summary: string;
  segments: readonly string[];
  kpis: readonly { id: string; name: string; measures: string; why: string; benchmarks: readonly Benchmark[] }[];
  checklist: readonly string[];
}

/** Units whose figures carry no symbol of their own ($, %, ×) and need the word. */
const spelledUnits: Record<string, string> = {
  days: 'days',
  months: 'months',
  count: 'count',
  ratio: 'ratio',
  'per-week': 'a week',
  'per-month': 'a month',
};

function describeBasis(basis: ResolvedBasis | undefined): string {
  if (!basis) return 'Basis: not given.';
  if (basis.kind === 'editorial') return `Editorial: ${basis.text}`;
  return `Source: [${basis.source.title}](${basis.source.url}), ${basis.source.publisher}: ${basis.supports}`;
}

function describeBenchmark(benchmark: Benchmark): string {
  const figure = describeFigure(benchmark.min, benchmark.max, benchmark.unit);
  const unit = benchmark.unit in spelledUnits ? ` ${spelledUnits[benchmark.unit]}` : '';
  const scope = [benchmark.period, benchmark.segment].filter(Boolean).join(', ');
  return `${benchmark.text} (${figure}${unit}${scope ? `; ${scope}` : ''})`;
}

export function renderIndustryMarkdown(page: IndustryExport, body: string, urls: { page: string; site: URL }): string {
  const lines = [
    ...renderHeader(page, urls.page),
    '',
    '## Quick answer',
    '',
    page.summary,
    '',
    `Buyer segments: ${page.segments.join(', ')}.`,
  ];
  const prose = stripMdx(body);
  if (prose) lines.push('', prose);
  lines.push('', '## KPIs');
  page.kpis.forEach((item, index) => {
    lines.push(
      '',
      `### ${index + 1}. [${item.name}](${kpiUrl(item.id)})`,
      '',
      `- **What it measures:** ${item.measures}`,
    );
    lines.push(`- **Why it matters:** ${item.why}`);
    for (const benchmark of item.benchmarks) {
      lines.push(`- **Benchmark:** ${describeBenchmark(benchmark)}`);
      if (benchmark.note) lines.push(`  - Note: ${benchmark.note}`);
      lines.push(`  - ${describeBasis(resolveBasis(benchmark.basis, page.sources))}`);
    }
  });
  if (page.checklist.length) {
    lines.push('', '## Tracking checklist', '');
    page.checklist.forEach((step, index) => lines.push(`${index + 1}. ${step}`));
  }
  lines.push(...renderFooter(page));
  return `${absolutizeLinks(lines.join('\n'), urls.site)}\n`;
}
