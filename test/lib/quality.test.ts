import { describe, expect, it } from 'vitest';
import { analyzeMarkdown } from '~/lib/markdown/analyze';
import { articleChecklist, scoreQuality, type QualityEntry } from '../../src/lib/quality';
import { guideSchema } from '../../src/schemas/guide';
import { industrySchema } from '../../src/schemas/industry';
import { failingChecks, fixtureLibrary, itPublishesTenChecks, now } from './quality/checklist';

const { context, site } = fixtureLibrary(
  { kpis: ['win-rate', 'pipeline-coverage', 'retired-kpi'], guides: ['g', 'draft-g'], industries: ['i'], tools: [] },
  { kpis: ['win-rate', 'pipeline-coverage'], guides: ['g'], industries: ['i'], tools: [] },
  new Map([['win-rate', { name: 'Win rate', unit: 'percent' as const }]]),
);

const faq = (n: number) => Array.from({ length: n }, (_, i) => ({ question: `Question ${i}?`, answer: 'An answer.' }));
const source = (url = 'https://www.bls.gov/a') => ({
  title: 'T',
  publisher: 'P',
  url,
  accessed: '2026-01-01',
});

const fullGuide = {
  title: 'How much does a fractional CRO cost in Denver?',
  description: 'Monthly retainers for a part-time chief revenue officer in Denver, and what moves the price.',
  published: '2026-03-01',
  quickAnswer: 'Between $8,000 and $25,000 a month, depending on days worked and whether the role carries a quota.',
  steps: [1, 2, 3].map((n) => ({ title: `Step ${n}`, detail: 'Do it.' })),
  faq: faq(3),
  sources: [source(), source('https://www.census.gov/b')],
  kpis: ['win-rate'],
  related: ['guides/g', 'industries/i'],
};

function guide(
  overrides: Record<string, unknown> = {},
  body = '## Section\n\nSee [win rate](/kpis/win-rate/), [the BLS](https://www.bls.gov/a) and [the Census](https://www.census.gov/b).',
): QualityEntry {
  const data = guideSchema(context).parse({ ...fullGuide, ...overrides });
  return { entry: { collection: 'guides', id: 'g', data }, body: analyzeMarkdown(body, 'markdown') };
}

const failing = (entry: QualityEntry) => failingChecks(entry, site);

describe('quality checklist', () => {
  itPublishesTenChecks(articleChecklist);

  it('certifies a complete guide 10/10', () => {
    const result = scoreQuality(guide(), { now, site });
    expect(result).toMatchObject({ score: 10, total: 10 });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['quick-answer', { quickAnswer: 'word '.repeat(81) }, '', 'quick answer is 81 words; cut it to 80'],
    ['related', { related: [] }, '', 'no related entry; pick at least one'],
    ['related', { related: ['guides/g', 'guides/draft-g'] }, '', 'missing or unpublished: guides/draft-g'],
    ['actionable', { steps: [{ title: 'One', detail: 'Only.' }] }, '', '1 step; give at least 3'],
    ['faq', { faq: faq(2) }, '', '2 FAQ entries; give at least 3'],
    ['faq', { faq: [...faq(2), { question: 'No mark', answer: 'A.' }] }, '', '1 FAQ question does not end in "?"'],
    ['sources', { sources: [source()] }, '', '1 source cited; cite at least 2'],
    // A placeholder address never counts, and neither does a source the page does not use.
    ['sources', { sources: [source(), source('https://example.org/b')] }, '', '1 source cited; cite at least 2'],
    [
      'sources',
      { sources: [source(), source('https://www.census.gov/unused')] },
      '',
      '1 source cited; cite at least 2',
    ],
    ['dates', { published: '2025-01-01' }, '', 'last reviewed 17 months ago; review it and set updated'],
    ['dates', { published: '2026-07-01' }, '', 'review date 2026-07-01 is in the future'],
    ['kpi-links', { kpis: [] }, '', 'names no registry KPI'],
    ['kpi-links', {}, 'See [x](/kpis/nope/).', 'unresolved: /kpis/nope/'],
    [
      'kpi-links',
      { faq: [...faq(2), { question: 'Which KPI?', answer: 'See [x](/kpis/nope/).' }] },
      '',
      'unresolved: /kpis/nope/',
    ],
    ['title-question', { title: 'Fractional CRO cost in Denver' }, '', 'title does not end in "?"'],
    [
      'structured-data',
      { title: `${'Long question '.repeat(8)}?` },
      '',
      'headline is 113 characters; Article allows 110',
    ],
    ['structured-data', { sources: [source(), source('http://example.org/b')] }, '', '1 source URL is not https'],
    ['finished', { draft: true, directAnswer: 'TODO' }, 'TODO body', '2 TODO markers left'],
  ])('%s fails for %j', (id, overrides, body, missing) => {
    const entry = guide(overrides, body || undefined);
    expect(failing(entry)[id]).toBe(missing);
  });

  it('keeps a review date within twelve months current: updated counts over published', () => {
    expect(failing(guide({ published: '2024-01-01', updated: '2026-01-01' }))['dates']).toBeUndefined();
  });

  it('scores industry pages on their summary, checklist and KPI entries', () => {
    const data = industrySchema(context).parse({
      industry: 'Pest Control',
      description: 'The sales KPIs that show whether a pest control company wins and keeps recurring contracts.',
      published: '2026-03-01',
      segments: ['homeowners'],
      summary: 'Win rate and pipeline coverage decide growth.',
      kpis: [
        {
          kpi: 'win-rate',
          measures: 'm',
          why: 'w',
          benchmark: { text: 't', min: 20, unit: 'percent', basis: { source: 'bls', supports: 's' } },
        },
        {
          kpi: 'pipeline-coverage',
          measures: 'm',
          why: 'w',
          benchmark: { text: 't', min: 3, unit: 'multiple', basis: { source: 'census', supports: 's' } },
        },
        // In the registry the schema saw, but not on the site the page links into.
        {
          kpi: 'retired-kpi',
          measures: 'm',
          why: 'w',
          benchmark: { text: 't', min: 1, unit: 'count', basis: { editorial: 'A test range judged for this page.' } },
        },
      ],
      checklist: ['One', 'Two'],
      related: ['guides/g'],
      faq: faq(3),
      // Cited by the benchmarks' bases, not by the (empty) body.
      sources: [
        { ...source(), id: 'bls' },
        { ...source('https://www.census.gov/b'), id: 'census' },
      ],
    });
    const entry: QualityEntry = {
      entry: { collection: 'industries', id: 'i', data },
      body: analyzeMarkdown('', 'markdown'),
    };
    const result = scoreQuality(entry, { now, site });
    expect(result.score).toBe(8);
    expect(failing(entry)).toEqual({
      actionable: '2 checklist items; give at least 3',
      'kpi-links': 'unresolved: retired-kpi',
    });
  });
});
