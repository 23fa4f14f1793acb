import { describe, expect, it } from 'vitest';
import { renderLlmsTxt } from '../../src/lib/markdown-export-llms';
import { absolutizeLinks, renderGuideMarkdown, renderIndustryMarkdown, stripMdx } from '../../src/lib/markdown-export';

const site = new URL('https://pulse.example.org');

describe('stripMdx', () => {
  it('drops imports, exports, JSX comments and component tags, keeping what components wrap', () => {
    const body = [
      "import Calculator from '~/components/calculators/Calculator.astro';",
      'import {',
      '  Callout,',
      "} from '~/components/mdx';",
      '',
      'export const answer = 42;',
      '',
      '## Costs',
      '',
      '{/* editors: keep this short */}',
      '<Callout type="note" data={{ a: 1 }}>',
      'Retainers run **monthly**.',
      '</Callout>',
      '',
      '<Calculator',
      '  preset="cro"',
      '/>',
      '',
      'Plain <abbr title="annual recurring revenue">ARR</abbr> stays.',
    ].join('\n');
    expect(stripMdx(body)).toBe(
      '## Costs\n\nRetainers run **monthly**.\n\nPlain <abbr title="annual recurring revenue">ARR</abbr> stays.',
    );
  });

  it('keeps fenced code, mermaid included, byte for byte', () => {
    const fence = '```mermaid\nflowchart LR\n  A[<Start/>] --> B\n```';
    expect(stripMdx(`Intro\n\n${fence}\n\nimport x from 'y';`)).toBe(`Intro\n\n${fence}`);
  });
});

describe('absolutizeLinks', () => {
  it('makes root-relative links absolute, leaving external links and code alone', () => {
    const text = '[a](/kpis/x/) [b](https://example.org/) `[c](/kpis/y/)`\n```\n[d](/kpis/z/)\n```';
    expect(absolutizeLinks(text, site)).toBe(
      '[a](https://pulse.example.org/kpis/x/) [b](https://example.org/) `[c](/kpis/y/)`\n```\n[d](/kpis/z/)\n```',
    );
  });
});

const meta = {
  title: 'How much does a fractional CRO cost?',
  description: 'What a part-time revenue leader costs each month.',
  published: new Date('2026-03-01'),
  updated: new Date('2026-04-02'),
  faq: [{ question: 'Is equity included?', answer: 'Sometimes; see [the KPI](/kpis/win-rate/).' }],
  sources: [
    {
      title: 'Pay survey',
      publisher: 'Example Research',
      url: 'https://example.org/pay',
      accessed: new Date('2026-02-01'),
    },
  ],
};

describe('renderGuideMarkdown', () => {
  it('lays out title, quick answer, steps, body, KPIs, FAQ and sources', () => {
    const markdown = renderGuideMarkdown(
      {
        ...meta,
        quickAnswer: 'About $8,000 to $18,000 a month.',
        directAnswer: 'It depends on days and scope.',
        steps: [{ title: 'Set the days.', detail: 'Ten to twenty a month.' }],
        kpis: [{ id: 'win-rate', name: 'Win rate' }],
      },
      "import X from 'y';\n\n## Why\n\n<X />\nBecause [coverage](/kpis/pipeline-coverage/).",
      { page: 'https://pulse.example.org/library/cost/', site },
    );
    expect(markdown).toBe(`# How much does a fractional CRO cost?

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

## KPIs in this guide

- [Win rate](https://pulse.example.org/kpis/win-rate/)

## Frequently asked questions

### Is equity included?

Sometimes; see [the KPI](https://pulse.example.org/kpis/win-rate/).

## Sources

1. [Pay survey](https://example.org/pay), Example Research, accessed 2026-02-01.
`);
  });
});

describe('renderIndustryMarkdown', () => {
  it('gives each KPI its measures, why and benchmark with the typed figure', () => {
    const markdown = renderIndustryMarkdown(
      {
        ...meta,
        title: 'What are the key sales KPIs for Pest Control?',
        summary: 'Coverage and cycle length.',
        segments: ['homeowners', 'property managers'],
        kpis: [
          {
            id: 'sales-cycle-length',
            name: 'Sales cycle length',
            measures: 'Days to sign.',
            why: 'Speed wins.',
            benchmarks: [
              {
                text: 'Under 14 days',
                max: 14,
                unit: 'days',
                segment: 'homeowners',
                note: 'Commercial deals run longer.',
                basis: { source: 'npma', supports: 'residential quotes close within two weeks' },
              },
            ],
          },
          {
            id: 'fractional-leader-cost',
            name: 'Fractional sales leader cost',
            measures: 'Monthly cost.',
            why: 'Budget.',
            benchmarks: [
              {
                text: '$8,000 to $25,000 a month',
                min: 8000,
                max: 25000,
                unit: 'currency',
                period: 'month',
                basis: { editorial: 'Pulse editorial range from the cost guide.' },
              },
            ],
          },
        ],
        checklist: ['Add the fields.'],
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
      '',
      { page: 'https://pulse.example.org/industries/pest-control/', site },
    );
    expect(markdown).toContain('Buyer segments: homeowners, property managers.');
    expect(markdown).toContain(
      '### 1. [Sales cycle length](https://pulse.example.org/kpis/sales-cycle-length/)\n\n- **What it measures:** Days to sign.\n' +
        '- **Why it matters:** Speed wins.\n- **Benchmark:** Under 14 days (at most 14 days; homeowners)\n  - Note: Commercial deals run longer.\n' +
        '  - Source: [Pest control sales](https://www.npmapestworld.org/sales/), NPMA: residential quotes close within two weeks',
    );
    expect(markdown).toContain(
      '- **Benchmark:** $8,000 to $25,000 a month ($8,000–$25,000; month)\n  - Editorial: Pulse editorial range from the cost guide.',
    );
    expect(markdown).toContain('## Tracking checklist\n\n1. Add the fields.');
  });
});

describe('renderLlmsTxt', () => {
  it('follows the llms.txt layout: H1, blockquote, H2 sections of annotated links, empty sections left out', () => {
    const text = renderLlmsTxt({
      name: 'Pulse',
      summary: 'Answers for buyers of fractional sales leadership.',
      guides: [{ title: 'Cost?', url: 'https://pulse.example.org/library/cost.md', description: 'What it costs.' }],
      industries: [],
      data: [{ title: 'KPI registry', url: 'https://pulse.example.org/api/kpis.json', description: 'JSON.' }],
      optional: [],
    });
    expect(text.split('\n')).toEqual([
      '# Pulse',
      '',
      '> Answers for buyers of fractional sales leadership.',
      '',
      'Every guide, industry page and training plan is linked below as clean Markdown: the same content as the web page, without navigation.',
      '',
      '## Guides',
      '',
      '- [Cost?](https://pulse.example.org/library/cost.md): What it costs.',
      '',
      '## Data',
      '',
      '- [KPI registry](https://pulse.example.org/api/kpis.json): JSON.',
      '',
    ]);
  });

  it('lists training plans in their own section, after the industry guides', () => {
    const text = renderLlmsTxt({
      name: 'Pulse',
      summary: 'Answers.',
      guides: [],
      industries: [{ title: 'Telehealth', url: 'https://pulse.example.org/industries/t.md', description: 'KPIs.' }],
      trainings: [{ title: 'Reboot', url: 'https://pulse.example.org/training/r.md', description: 'An hour.' }],
      data: [],
      optional: [],
    });
    expect(text).toContain(
      '## Industry KPI guides\n\n- [Telehealth](https://pulse.example.org/industries/t.md): KPIs.\n\n## Training plans\n\n- [Reboot](https://pulse.example.org/training/r.md): An hour.\n',
    );
  });
});
