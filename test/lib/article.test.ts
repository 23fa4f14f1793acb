import { describe, expect, it } from 'vitest';
import { describeArticle, getArticleText, getReadingStats, type ArticleEntry } from '~/lib/article';
import { analyzeMarkdown } from '~/lib/markdown/analyze';
import { trainingSchema } from '~/schemas/training';
import { context, fixtures, readData } from '../schemas/helpers';

const training = trainingSchema(context).parse(readData(`${fixtures}content/trainings/sample-training.md`));

const basis = { editorial: 'A range judged for this test page only.' };
const guide = {
  collection: 'guides',
  id: 'cro-kpis',
  data: {
    title: 'What KPIs should a fractional CRO own?',
    description: 'd',
    tags: ['pipeline'],
    draft: false,
    published: new Date('2026-01-01'),
    quickAnswer: 'Own **pipeline coverage**.',
    directAnswer: 'Coverage first.',
    steps: [{ title: 'Map the funnel', detail: 'Walk every stage.' }],
    faq: [{ question: 'Which KPI first?', answer: 'Coverage.' }],
    sources: [],
    searchTerms: ['fractional cro kpis'],
    industry: 'Healthtech',
    kpis: [{ collection: 'kpis', id: 'pipeline-coverage' }],
    related: [],
    tools: ['pipeline-coverage'],
  },
} as unknown as ArticleEntry;
const industry = {
  collection: 'industries',
  id: 'telehealth',
  data: {
    title: 'What are the key sales KPIs for Telehealth?',
    description: 'd',
    tags: ['telehealth'],
    draft: false,
    published: new Date('2026-01-01'),
    industry: 'Telehealth',
    summary: 'Activation decides renewal.',
    segments: ['health systems'],
    kpis: [
      {
        kpi: { id: 'sales-cycle-length' },
        measures: 'Days to sign',
        why: 'Committees',
        benchmarks: [
          { text: '4 to 10 months', unit: 'months', min: 4, max: 10, segment: 'health systems', basis },
          { text: 'Faster', unit: 'months', max: 3, segment: 'employers', note: 'Smaller committees.', basis },
        ],
      },
    ],
    checklist: ['Add a stage field'],
    faq: [],
    sources: [],
    related: [],
    tools: [],
  },
} as unknown as ArticleEntry;

describe('describeArticle', () => {
  it('lists what a reader sees of a guide, in page order, with the field each part is written at', () => {
    const model = describeArticle(guide);
    expect(model.parts.map((part) => part.path)).toEqual([
      'quickAnswer',
      'directAnswer',
      'steps[0].title',
      'steps[0].detail',
      'faq[0].question',
      'faq[0].answer',
    ]);
    expect(model).toMatchObject({
      url: '/library/cro-kpis/',
      markdownUrl: '/library/cro-kpis.md',
      typeLabel: 'Guide',
      answer: { path: 'quickAnswer', text: 'Own **pipeline coverage**.' },
      actions: { field: 'steps', noun: 'step', count: 1 },
      kpiIds: ['pipeline-coverage'],
      topics: ['pipeline', 'fractional cro kpis'],
    });
  });

  it('names an industry page’s segmented targets as the editor wrote them, and gathers their bases', () => {
    const model = describeArticle(industry);
    expect(model.parts.map((part) => part.path)).toEqual([
      'summary',
      'segments[0]',
      'kpis[0].measures',
      'kpis[0].why',
      'kpis[0].benchmarks[0].text',
      'kpis[0].benchmarks[1].text',
      'kpis[0].benchmarks[1].note',
      'checklist[0]',
    ]);
    expect(model.bases).toEqual([basis, basis]);
    expect(model).toMatchObject({ typeLabel: 'Industry guide', actions: { field: 'checklist', count: 1 } });
  });
});

describe('text and reading stats', () => {
  const body = analyzeMarkdown('## Why\n\nTwo words.\n\n```mermaid\nflowchart LR\n```', 'markdown');
  it('reads frontmatter prose without its Markdown, then the body without code', () => {
    const text = getArticleText(describeArticle(guide), body);
    expect(text.split('\n')[0]).toBe('Own pipeline coverage.');
    expect(text).toContain('Two words.');
    expect(text).not.toContain('flowchart');
  });
  it('counts every part and the body, at least a minute', () => {
    // 3 + 2 + 3 + 3 + 3 + 1 in the frontmatter, "Why Two words." in the body.
    expect(getReadingStats(describeArticle(guide), body)).toEqual({ words: 18, minutes: 1 });
  });
});

describe('describeArticle for trainings', () => {
  it('reads a training: the description as its answer, then objectives, agenda, exercises, notes, follow-up, FAQ', () => {
    const model = describeArticle({ collection: 'trainings', id: 'sample-training', data: training });
    expect(model.answer).toEqual({
      path: 'description',
      text: 'A sample training used by the schema tests to check that a valid plan passes.',
    });
    const paths = model.parts.map((part) => part.path);
    expect(paths.slice(0, 4)).toEqual(['description', 'objectives[0]', 'objectives[1]', 'prework[0]']);
    expect(paths).toEqual(
      expect.arrayContaining([
        'agenda[0].title',
        'agenda[0].facilitator',
        'agenda[3].produces',
        'exercises[1].prompt',
        'exercises[1].debrief',
        'facilitatorNotes[0]',
        'followUp.when',
        'faq[0].answer',
      ]),
    );
    // Page order: the agenda comes before the exercises it runs, and the FAQ last.
    expect(paths.indexOf('agenda[3].produces')).toBeLessThan(paths.indexOf('exercises[0].title'));
    expect(paths.at(-1)).toBe('faq[0].answer');
    expect(model.parts.find((part) => part.path === 'agenda[2].facilitator')?.text).toBe('Plays the buyer.');
    expect(model.actions).toEqual({ field: 'agenda', noun: 'agenda segment', count: 4 });
    expect(model.kpiIds).toEqual(['pipeline-coverage', 'win-rate']);
    expect(model.related).toEqual([{ collection: 'guides', id: 'sample-guide' }]);
    expect(model.url).toBe('/training/sample-training/');
    expect(model.markdownUrl).toBe('/training/sample-training.md');
    expect(model.typeLabel).toBe('Training');
    expect(model.industry).toBeUndefined();
  });

  it('counts a training by everything it shows, not only its body', () => {
    const model = describeArticle({ collection: 'trainings', id: 'sample-training', data: training });
    const stats = getReadingStats(model, { words: 2 });
    expect(stats.words).toBeGreaterThan(60);
  });
});
