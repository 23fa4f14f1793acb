import { describe, expect, it } from 'vitest';
import type { ArticleEntry } from '~/lib/article';
import { formatBenchmarkLine } from '~/lib/figure';
import { analyzeMarkdown, type SourceFormat } from '~/lib/markdown/analyze';
import { renderTwin } from '~/lib/twin/article';
import type { TwinKpi } from '~/lib/twin/parts';

const site = new URL('https://pulse.example.org');
const kpis = new Map<string, TwinKpi>([
  ['win-rate', { name: 'Win rate', direction: 'higher-is-better' }],
  ['sales-cycle-length', { name: 'Sales cycle length', direction: 'lower-is-better' }],
  ['fractional-leader-cost', { name: 'Fractional sales leader cost', direction: 'target-range' }],
]);

/** The twin as the route makes it: the body parsed once by the body pipeline. */
function twin(entry: ArticleEntry, body: string, format: SourceFormat = 'mdx'): string {
  return renderTwin({ entry, body: { source: body, spans: analyzeMarkdown(body, format).spans }, kpis, site });
}

const common = {
  description: 'What a part-time revenue leader costs each month.',
  published: new Date('2026-03-01'),
  updated: new Date('2026-04-02'),
  draft: false,
  tags: [],
  related: [],
  tools: [],
  faq: [{ question: 'Is equity included?', answer: 'Sometimes; see [the KPI](/kpis/win-rate/).' }],
  sources: [
    {
      id: 'pay',
      title: 'Pay survey',
      publisher: 'Example Research',
      url: 'https://example.org/pay',
      accessed: new Date('2026-02-01'),
    },
  ],
};

const guide = (data: Record<string, unknown> = {}) =>
  ({
    collection: 'guides',
    id: 'cost',
    data: {
      ...common,
      title: 'How much does a fractional CRO cost?',
      quickAnswer: 'About $8,000 to $18,000 a month.',
      directAnswer: 'It depends on days and scope.',
      steps: [{ title: 'Set the days.', detail: 'Ten to twenty a month.' }],
      kpis: [{ collection: 'kpis', id: 'win-rate' }],
      searchTerms: [],
      ...data,
    },
  }) as unknown as ArticleEntry;

describe('renderTwin: a guide', () => {
  it('lays out title, quick answer, steps, body, KPIs, FAQ and sources, with absolute links', () => {
    const body =
      "import X from 'y';\n\n## Why\n\n<X />\nBecause [coverage](/kpis/pipeline-coverage/).\n\n" +
      '<PipelineCoverageCalculator target="$750k" />\n';
    expect(twin(guide(), body)).toBe(`# How much does a fractional CRO cost?

What a part-time revenue leader costs each month.

Published 2026-03-01, updated 2026-04-02. Web page: https://pulse.example.org/library/cost/

## Quick answer

About $8,000 to $18,000 a month.

It depends on days and scope.

## Steps

1. **Set the days.**
   Ten to twenty a month.

## Why

Because [coverage](https://pulse.example.org/kpis/pipeline-coverage/).

[Pipeline coverage calculator](https://pulse.example.org/tools/pipeline-coverage/): How many times your open pipeline covers the revenue target, raw and weighted by stage.

## KPIs in this guide

- [Win rate](https://pulse.example.org/kpis/win-rate/)

## Frequently asked questions

### Is equity included?

Sometimes; see [the KPI](https://pulse.example.org/kpis/win-rate/).

## Sources

1. [Pay survey](https://example.org/pay), Example Research, accessed 2026-02-01.
`);
  });

  it('holds frontmatter and body to the page rules: no script, no script links, no raw HTML', () => {
    const text = twin(
      guide({
        quickAnswer: 'Cheap <script>alert(1)</script> [really](javascript:alert(1)).',
        faq: [{ question: 'Safe?', answer: '<img src=x onerror=alert(1)> [ok](/kpis/win-rate/)' }],
      }),
      'Body [click](javascript:alert(2)).\n\n<script>alert(3)</script>\n\n<div onclick="x()">kept text</div>\n',
    );
    expect(text).not.toMatch(/<script|<img|<div|javascript:/i);
    expect(text).toContain('Cheap &lt;script>alert(1)&lt;/script> really.');
    expect(text).toContain('Body click.\n\nkept text');
    expect(text).toContain('&lt;img src=x onerror=alert(1)> [ok](https://pulse.example.org/kpis/win-rate/)');
  });
});

describe('renderTwin: an industry page', () => {
  const benchmarks = {
    cycle: {
      text: 'Under 14 days',
      max: 14,
      unit: 'days',
      segment: 'homeowners',
      note: 'Commercial deals run longer.',
      basis: { source: 'npma', supports: 'residential quotes close within two weeks' },
    },
    cost: {
      text: '$8,000 to $25,000 a month',
      min: 8000,
      max: 25000,
      unit: 'currency',
      period: 'month',
      basis: { editorial: 'Pulse editorial range from the cost guide.' },
    },
  } as const;
  const industry = {
    collection: 'industries',
    id: 'pest-control',
    data: {
      ...common,
      title: 'What are the key sales KPIs for Pest Control?',
      industry: 'Pest Control',
      summary: 'Coverage and cycle length.',
      segments: ['homeowners', 'property managers'],
      kpis: [
        {
          kpi: { collection: 'kpis', id: 'sales-cycle-length' },
          measures: 'Days to sign.',
          why: 'Speed wins.',
          benchmarks: [benchmarks.cycle],
        },
        {
          kpi: { collection: 'kpis', id: 'fractional-leader-cost' },
          measures: 'Monthly cost.',
          why: 'Budget.',
          benchmarks: [benchmarks.cost],
        },
      ],
      checklist: ['Add the fields.'],
      faq: [],
      sources: [
        {
          id: 'npma',
          title: 'Pest control sales',
          publisher: 'NPMA',
          url: 'https://www.npmapestworld.org/sales/',
          accessed: new Date('2026-01-01'),
        },
      ],
    },
  } as unknown as ArticleEntry;
  const text = twin(industry, '## Seasonality\n\nSpring is busy.', 'markdown');

  it('gives each KPI its measures, why, benchmark, target, note and basis, before the body as the page does', () => {
    expect(text).toContain('Buyer segments: homeowners, property managers.');
    expect(text).toContain(
      '### 1. [Sales cycle length](https://pulse.example.org/kpis/sales-cycle-length/)\n\n- **What it measures:** Days to sign.\n' +
        '- **Why it matters:** Speed wins.\n- **Benchmark:** Under 14 days\n  - Target ≤ 14 days · homeowners\n' +
        '  - Note: Commercial deals run longer.\n' +
        '  - Source: [Pest control sales](https://www.npmapestworld.org/sales/), NPMA: residential quotes close within two weeks',
    );
    expect(text).toContain(
      '- **Benchmark:** $8,000 to $25,000 a month\n  - Target $8,000–$25,000 · month\n' +
        '  - Editorial: Pulse editorial range from the cost guide.',
    );
    expect(text.indexOf('## KPIs')).toBeLessThan(text.indexOf('## Seasonality'));
    expect(text).toMatch(/## Seasonality\n\nSpring is busy\.\n\n## Tracking checklist\n\n1\. Add the fields\./);
  });

  it('reads each target exactly as the KPI card on the page does (both call formatBenchmarkLine)', () => {
    // KpiCard.astro prints formatBenchmarkLine(benchmark, kpi.direction) under each benchmark;
    // the built-site check (test/quality/markdown-twins.test.ts) compares the two in dist/.
    expect(text).toContain(`  - ${formatBenchmarkLine(benchmarks.cycle, 'lower-is-better')}\n`);
    expect(text).toContain(`  - ${formatBenchmarkLine(benchmarks.cost, 'target-range')}\n`);
  });
});
