import { describe, expect, it } from 'vitest';
import type { ArticleEntry } from '~/lib/article';
import { articleSections, calculatorElementId, findJumpTarget, outlineArticle } from '~/lib/article-outline';
import { analyzeMarkdown } from '~/lib/markdown/analyze';
import { trainingSchema } from '~/schemas/training';
import { context, fixtures, readData } from '../schemas/helpers';

const common = { description: 'd', tags: [], draft: false, published: new Date('2026-01-01'), related: [] };
const guide = (data: Record<string, unknown>) =>
  ({
    collection: 'guides',
    id: 'g',
    data: { ...common, title: 'G', quickAnswer: 'q', steps: [], faq: [], sources: [], tools: [], ...data },
  }) as unknown as ArticleEntry;

/** A body as GuideBody renders it: Astro's ids beside the parsed lines. */
function body(source: string) {
  const facts = analyzeMarkdown(source, 'mdx');
  const rendered = facts.headings.map((heading) => ({
    depth: heading.depth,
    slug: heading.text.toLowerCase().replace(/\s+/g, '-'),
    text: heading.text,
  }));
  return { facts, rendered };
}

const source = [
  '## Why coverage matters', // 1
  '',
  'Text.',
  '',
  '<PipelineCoverageCalculator target="$750k" />', // 5
  '',
  '### Reading the result', // 7
  '',
  '<NrrGrrCalculator instance="q3" heading="Your retention" />', // 9
].join('\n');

describe('outlineArticle', () => {
  it("puts a guide's frontmatter sections, body headings, calculators, FAQ, sources and Apply this in page order", () => {
    const { facts, rendered } = body(source);
    const entry = guide({
      directAnswer: 'Yes.',
      steps: [{ title: 's', detail: 'd' }],
      faq: [{ question: 'q', answer: 'a' }],
      sources: [{ title: 't' }],
      tools: ['pipeline-coverage'],
    });
    expect(outlineArticle({ entry, rendered, body: facts }).map((h) => `${h.depth} ${h.slug} ${h.text}`)).toEqual([
      '2 direct-answer Direct answer',
      '2 steps Step by step',
      '2 why-coverage-matters Why coverage matters',
      '2 calc-pipeline-coverage Pipeline coverage calculator',
      '3 reading-the-result Reading the result',
      '2 calc-nrr-grr-q3 Your retention',
      '2 faq Frequently asked questions',
      '2 sources Sources',
      '2 apply-this-title Apply this in Pulse',
    ]);
  });

  it('leaves out the sections a guide does not fill in', () => {
    const { facts, rendered } = body('## Only\n');
    expect(outlineArticle({ entry: guide({}), rendered, body: facts }).map((h) => h.slug)).toEqual(['only']);
  });

  it('puts calculators last, not in a wrong place, when ids and lines do not pair up', () => {
    const { facts } = body(source);
    const rendered = [{ depth: 2, slug: 'only-one', text: 'Only one' }];
    expect(outlineArticle({ entry: guide({}), rendered, body: facts }).map((h) => h.slug)).toEqual([
      'only-one',
      'calc-pipeline-coverage',
      'calc-nrr-grr-q3',
    ]);
  });

  it("puts an industry page's introduction before its KPI cards, then the scorecard and checklist", () => {
    const entry = {
      collection: 'industries',
      id: 'telehealth',
      data: { ...common, kpis: [{}, {}, {}], checklist: ['x'], faq: [], sources: [], tools: [] },
    } as unknown as ArticleEntry;
    const { facts, rendered } = body('## Why revenue works differently\n\n## Tracking these KPIs in your CRM\n');
    expect(outlineArticle({ entry, rendered, body: facts }).map((h) => h.text)).toEqual([
      'Why revenue works differently',
      'Tracking these KPIs in your CRM',
      'The 3 KPIs that matter most',
      'Score your KPIs',
      'Tracking checklist',
    ]);
  });

  it("follows a training's run order with the body before the follow-up", () => {
    const training = trainingSchema(context).parse(readData(`${fixtures}content/trainings/sample-training.md`));
    const entry = { collection: 'trainings', id: 'sample-training', data: training } as unknown as ArticleEntry;
    const { facts, rendered } = body('## Background\n');
    // The fixture fills in every optional section.
    expect(outlineArticle({ entry, rendered, body: facts }).map((h) => h.slug)).toEqual([
      'objectives',
      'kpis-moved',
      'prework',
      'run-sheet',
      'exercises',
      'facilitator-notes',
      'background',
      'follow-up',
      'faq',
      'sources',
      'apply-this-title',
    ]);
  });
});

describe('findJumpTarget', () => {
  it("sends an industry page's reader to its scorecard", () => {
    const entry = { collection: 'industries', id: 'x', data: { tools: [] } } as unknown as ArticleEntry;
    expect(findJumpTarget({ entry, body: { components: [] } })).toEqual(articleSections.scorecard);
  });

  it("sends a guide's reader to the first calculator its body embeds, else to the Apply this cards", () => {
    const { facts } = body(source);
    expect(findJumpTarget({ entry: guide({}), body: facts })).toEqual({
      slug: calculatorElementId('pipeline-coverage'),
      text: 'Pipeline coverage calculator',
    });
    const none = { components: [{ line: 1, name: 'Card', attributes: {} }] };
    expect(findJumpTarget({ entry: guide({ tools: ['nrr-grr'] }), body: none })).toEqual(articleSections.applyThis);
    expect(findJumpTarget({ entry: guide({}), body: none })).toBeUndefined();
  });
});
