import { describe, expect, it } from 'vitest';
import { createRelatedIndex, keyOf } from '~/lib/related';
import { buildLibraryRecords } from '~/lib/related/library';
import { describeArticle, getArticleText, type ArticleEntry } from '~/lib/article';
import { analyzeMarkdown } from '~/lib/markdown/analyze';
import { cosine, tokenize, Vocabulary } from '~/lib/related/text';

const guide = {
  collection: 'guides' as const,
  id: 'cro-kpis',
  body: [
    "import Callout from '../../src/components/mdx/Callout.astro';",
    '## Pipeline first',
    'Weighted [pipeline coverage](/kpis/pipeline-coverage/) comes first.',
    '```mermaid\nflowchart LR; lead --> renewal\n```',
    '<Callout tone="warn">Stale deals inflate coverage.</Callout>',
  ].join('\n\n'),
  data: {
    title: 'What KPIs should a fractional CRO own?',
    description: 'The KPIs a fractional CRO should own.',
    tags: ['pipeline'],
    draft: false,
    quickAnswer: 'Own pipeline coverage and CAC payback.',
    steps: [{ title: 'Map the funnel', detail: 'Walk every stage.' }],
    faq: [{ question: 'Which KPI first?', answer: 'Pipeline coverage.' }],
    searchTerms: ['fractional cro kpis'],
    industry: 'Healthtech',
    kpis: [{ collection: 'kpis', id: 'pipeline-coverage' }],
    related: [],
    tools: ['pipeline-coverage'],
    sources: [],
    published: new Date('2026-01-01'),
  },
};
const industry = {
  collection: 'industries' as const,
  id: 'telehealth',
  body: '',
  data: {
    title: 'What are the key sales KPIs for Telehealth?',
    description: 'Telehealth KPIs.',
    tags: ['telehealth'],
    draft: true,
    industry: 'Telehealth',
    summary: 'Activation decides renewal.',
    segments: ['health systems'],
    kpis: [
      {
        kpi: { collection: 'kpis', id: 'pipeline-coverage' },
        measures: 'Open pipeline',
        why: 'Long cycles',
        benchmarks: [{ text: '3x', min: 3, unit: 'multiple', basis: { editorial: 'A range judged for this test.' } }],
      },
    ],
    checklist: ['Add a stage field'],
    faq: [],
    related: [{ collection: 'guides' as const, id: 'cro-kpis' }],
    tools: [],
    sources: [],
    published: new Date('2026-01-01'),
  },
};
/** An article as the related index gets it: its model and the text a reader reads (article.ts). */
const asArticle = ({ body, ...entry }: { body: string } & Record<string, unknown>) => {
  const model = describeArticle(entry as unknown as ArticleEntry);
  return { model, text: getArticleText(model, analyzeMarkdown(body, 'mdx')) };
};
const kpi = {
  id: 'pipeline-coverage',
  data: {
    name: 'Pipeline coverage',
    definition: 'Open pipeline over target.',
    formula: 'Pipeline ÷ target',
    category: 'pipeline' as const,
  },
};
const tool = { id: 'pipeline-coverage', title: 'Pipeline coverage calculator', summary: 'Check your coverage.' };

describe('records from content entries', () => {
  const records = buildLibraryRecords({ articles: [guide, industry].map(asArticle), kpis: [kpi], tools: [tool] });
  const byKey = new Map(records.map((record) => [keyOf(record), record]));

  it('keeps the fields scoring needs, from every collection', () => {
    expect(records.map(keyOf)).toEqual([
      'guides/cro-kpis',
      'industries/telehealth',
      'kpis/pipeline-coverage',
      'tools/pipeline-coverage',
    ]);
    expect(byKey.get('guides/cro-kpis')).toMatchObject({
      industry: 'Healthtech',
      kpis: ['pipeline-coverage'],
      topics: ['pipeline', 'fractional cro kpis', 'tool:pipeline-coverage'],
    });
    expect(byKey.get('industries/telehealth')).toMatchObject({
      draft: true,
      kpis: ['pipeline-coverage'],
      related: [{ collection: 'guides', id: 'cro-kpis' }],
    });
    expect(byKey.get('kpis/pipeline-coverage')).toMatchObject({
      title: 'Pipeline coverage',
      kpis: ['pipeline-coverage'],
      topics: ['pipeline'],
    });
    // A tool named like a KPI computes it.
    expect(byKey.get('tools/pipeline-coverage')).toMatchObject({
      kpis: ['pipeline-coverage'],
      topics: ['tool:pipeline-coverage'],
    });
  });

  it('compares the words a reader sees, not code, imports or markup', () => {
    const text = byKey.get('guides/cro-kpis')!.text;
    expect(text).toContain('Stale deals inflate coverage.');
    expect(text).toContain('Weighted pipeline coverage comes first.');
    expect(text).toContain('Which KPI first?');
    expect(text).not.toMatch(/import|flowchart|Callout|\/kpis\//);
  });

  it('relates a page to the tool it lists', () => {
    const { more } = createRelatedIndex(records).getRelated({ collection: 'guides', id: 'cro-kpis' });
    expect(more.map(keyOf)).toContain('tools/pipeline-coverage');
  });
});

describe('text similarity', () => {
  it('tokenizes without stopwords, short words or bare numbers', () => {
    expect(tokenize("The CRO's 90-day plan: own pipeline, not 3 dashboards")).toEqual([
      'cro',
      'day',
      'plan',
      'pipeline',
      'dashboards',
    ]);
  });

  it('scores identical texts 1, unrelated texts 0, overlapping texts in between', () => {
    const vocabulary = new Vocabulary();
    const a = vocabulary.vectorize('pipeline coverage pipeline forecast', 32);
    const b = vocabulary.vectorize('pipeline coverage pipeline forecast', 32);
    const c = vocabulary.vectorize('hospital committee procurement', 32);
    const d = vocabulary.vectorize('forecast accuracy review', 32);
    expect(cosine(a, b)).toBeCloseTo(1, 12);
    expect(cosine(a, c)).toBe(0);
    // a = (pipeline 2, coverage 1, forecast 1)/√6, d = (forecast, accuracy, review)/√3: 1/√18.
    expect(cosine(a, d)).toBeCloseTo(1 / Math.sqrt(18), 12);
  });
});
