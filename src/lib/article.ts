/**
 * The one article model: what a reader sees of a guide, an industry page or a training, in order, with
 * the field path each part is written at. Reading stats, related records, the Markdown
 * twin, the lint's duplicate check and the quality score all read an article through
 * this, so they cannot disagree about what an article says.
 */
import type { Basis } from '../schemas/basis';
import type { Faq } from '../schemas/faq';
import type { GuideData } from '../schemas/guide';
import type { IndustryData } from '../schemas/industry';
import type { Source } from '../schemas/source';
import type { TrainingData } from '../schemas/training';
import type { MarkdownFacts } from './markdown/analyze';
import { stripInlineMarkdown } from './markdown/inline';
import { countWords, estimateReadingMinutes } from './markdown/words';
import { entryUrl, markdownUrl, sections, type ArticleCollection } from './routes';

export type ArticleEntry =
  | { collection: 'guides'; id: string; data: GuideData }
  | { collection: 'industries'; id: string; data: IndustryData }
  | { collection: 'trainings'; id: string; data: TrainingData };

/** One piece of frontmatter prose, as written (it may hold inline Markdown). */
export interface ArticlePart {
  /** Where the editor wrote it: `quickAnswer`, `steps[2].detail`, `kpis[0].benchmark.text`. */
  path: string;
  text: string;
}

export interface ArticleModel {
  collection: ArticleCollection;
  id: string;
  url: string;
  markdownUrl: string;
  /** "Guide", "Industry guide", "Training". */
  typeLabel: string;
  title: string;
  description: string;
  draft: boolean;
  /** The short answer box: `quickAnswer` on guides, `summary` on industry pages, `description` on trainings. */
  answer: ArticlePart;
  /** Every piece of frontmatter prose the page shows, in page order, the answer first. */
  parts: ArticlePart[];
  /** The page's to-do list for the reader: a guide's steps, an industry page's CRM checklist, a training's agenda. */
  actions: {
    field: 'steps' | 'checklist' | 'agenda';
    noun: 'step' | 'checklist item' | 'agenda segment';
    count: number;
  };
  kpiIds: string[];
  tags: string[];
  /** Terms that get topic pages: tags, and a guide's "people also search for" phrases. */
  topics: string[];
  searchTerms: string[];
  industry: string | undefined;
  related: { collection: ArticleCollection; id: string }[];
  tools: string[];
  faq: Faq[];
  sources: Source[];
  /** The basis of every benchmark on the page. */
  bases: Basis[];
}

/** Each text of a list field, at the path the lint reports: `segments[2]`. */
const listParts = (field: string, texts: readonly string[]): ArticlePart[] =>
  texts.map((text, i) => ({ path: `${field}[${i}]`, text }));

/** The named texts of each item of a list field, item by item: `steps[0].title`, `steps[0].detail`, `steps[1].title`… */
const itemParts = <Key extends string>(
  field: string,
  items: readonly Readonly<Record<Key, string>>[],
  keys: readonly Key[],
): ArticlePart[] => items.flatMap((item, i) => keys.map((key) => ({ path: `${field}[${i}].${key}`, text: item[key] })));

const faqParts = (faq: readonly Faq[]) => itemParts('faq', faq, ['question', 'answer']);

function describeGuide(id: string, data: GuideData) {
  const answer = { path: 'quickAnswer', text: data.quickAnswer };
  return {
    answer,
    parts: [
      answer,
      ...(data.directAnswer ? [{ path: 'directAnswer', text: data.directAnswer }] : []),
      ...itemParts('steps', data.steps, ['title', 'detail']),
      ...faqParts(data.faq),
    ],
    actions: { field: 'steps', noun: 'step', count: data.steps.length } as const,
    kpiIds: data.kpis.map((ref) => ref.id),
    searchTerms: data.searchTerms,
    industry: data.industry,
    bases: [],
    url: entryUrl({ collection: 'guides', id }),
  };
}

function describeIndustry(id: string, data: IndustryData) {
  const answer = { path: 'summary', text: data.summary };
  return {
    answer,
    parts: [
      answer,
      ...listParts('segments', data.segments),
      ...data.kpis.flatMap((item, i) => [
        { path: `kpis[${i}].measures`, text: item.measures },
        { path: `kpis[${i}].why`, text: item.why },
        ...item.benchmarks.flatMap((benchmark, j) => {
          const at = item.benchmarks.length === 1 ? `kpis[${i}].benchmark` : `kpis[${i}].benchmarks[${j}]`;
          return [
            { path: `${at}.text`, text: benchmark.text },
            ...(benchmark.note ? [{ path: `${at}.note`, text: benchmark.note }] : []),
          ];
        }),
      ]),
      ...listParts('checklist', data.checklist),
      ...faqParts(data.faq),
    ],
    actions: { field: 'checklist', noun: 'checklist item', count: data.checklist.length } as const,
    kpiIds: data.kpis.map((item) => item.kpi.id),
    searchTerms: [],
    industry: data.industry,
    bases: data.kpis.flatMap((item) => item.benchmarks.map((benchmark) => benchmark.basis)),
    url: entryUrl({ collection: 'industries', id }),
  };
}

/**
 * A meeting plan's answer box is its description, not its first objective: the description
 * says what the hour is and who it is for, which is what a reader landing on the page asks
 * first; the objectives are a list of equals, shown in full right below, and promoting one
 * would print it twice and rank it above the others for no reason the editor gave.
 */
function describeTraining(id: string, data: TrainingData) {
  const answer = { path: 'description', text: data.description };
  return {
    answer,
    parts: [
      answer,
      ...listParts('objectives', data.objectives),
      ...listParts('prework', data.prework),
      ...itemParts('agenda', data.agenda, ['title', 'facilitator', 'produces']),
      ...itemParts('exercises', data.exercises, ['title', 'prompt', 'debrief']),
      ...listParts('facilitatorNotes', data.facilitatorNotes),
      ...(data.followUp
        ? [
            { path: 'followUp.when', text: data.followUp.when },
            ...(data.followUp.review ? [{ path: 'followUp.review', text: data.followUp.review }] : []),
          ]
        : []),
      ...faqParts(data.faq),
    ],
    actions: { field: 'agenda', noun: 'agenda segment', count: data.agenda.length } as const,
    kpiIds: data.kpis.map((ref) => ref.id),
    searchTerms: [],
    industry: undefined,
    bases: [],
    url: entryUrl({ collection: 'trainings', id }),
  };
}

function describeSpecific(entry: ArticleEntry) {
  switch (entry.collection) {
    case 'guides':
      return describeGuide(entry.id, entry.data);
    case 'industries':
      return describeIndustry(entry.id, entry.data);
    case 'trainings':
      return describeTraining(entry.id, entry.data);
  }
}

export function describeArticle(entry: ArticleEntry): ArticleModel {
  const { data } = entry;
  const specific = describeSpecific(entry);
  return {
    ...specific,
    collection: entry.collection,
    id: entry.id,
    markdownUrl: markdownUrl(entry),
    typeLabel: sections[entry.collection].label,
    title: data.title,
    description: data.description,
    draft: data.draft,
    tags: data.tags,
    topics: [...data.tags, ...specific.searchTerms],
    related: data.related,
    tools: data.tools,
    faq: data.faq,
    sources: data.sources,
  };
}

/** Everything a reader reads on the page as plain text: the frontmatter prose, then the body. */
export function getArticleText(model: ArticleModel, body: Pick<MarkdownFacts, 'text'>): string {
  return [...model.parts.map((part) => stripInlineMarkdown(part.text)), body.text].join('\n');
}

/** Words and minutes across everything the page shows, not just its body. */
export function getReadingStats(model: ArticleModel, body: Pick<MarkdownFacts, 'words'>) {
  const words = model.parts.reduce((sum, part) => sum + countWords(stripInlineMarkdown(part.text)), body.words);
  return { words, minutes: estimateReadingMinutes(words) };
}
