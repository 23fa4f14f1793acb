/**
 * The one article model: what a reader sees of a guide or an industry page, in order, with
 * the field path each part is written at. Reading stats, related records, the Markdown
 * twin, the lint's duplicate check and the quality score all read an article through
 * this, so they cannot disagree about what an article says.
 */
import type { Basis } from '../schemas/basis';
import type { Faq } from '../schemas/faq';
import type { GuideData } from '../schemas/guide';
import type { IndustryData } from '../schemas/industry';
import type { Source } from '../schemas/source';
import type { MarkdownFacts } from './markdown/analyze';
import { stripInlineMarkdown } from './markdown/inline';
import { countWords, estimateReadingMinutes } from './markdown/words';
import { entryUrl, markdownUrl, sections, type ArticleCollection } from './routes';

export type ArticleEntry =
  { collection: 'guides'; id: string; data: GuideData } | { collection: 'industries'; id: string; data: IndustryData };

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
  /** "Guide", "Industry guide". */
  typeLabel: string;
  title: string;
  description: string;
  draft: boolean;
  /** The short answer box: `quickAnswer` on guides, `summary` on industry pages. */
  answer: ArticlePart;
  /** Every piece of frontmatter prose the page shows, in page order, the answer first. */
  parts: ArticlePart[];
  /** The page's to-do list for the reader: a guide's steps, an industry page's CRM checklist. */
  actions: { field: 'steps' | 'checklist'; noun: 'step' | 'checklist item'; count: number };
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

const faqParts = (faq: readonly Faq[]): ArticlePart[] =>
  faq.flatMap((item, i) => [
    { path: `faq[${i}].question`, text: item.question },
    { path: `faq[${i}].answer`, text: item.answer },
  ]);

function describeGuide(id: string, data: GuideData) {
  const answer = { path: 'quickAnswer', text: data.quickAnswer };
  return {
    answer,
    parts: [
      answer,
      ...(data.directAnswer ? [{ path: 'directAnswer', text: data.directAnswer }] : []),
      ...data.steps.flatMap((step, i) => [
        { path: `steps[${i}].title`, text: step.title },
        { path: `steps[${i}].detail`, text: step.detail },
      ]),
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
      ...data.segments.map((text, i) => ({ path: `segments[${i}]`, text })),
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
      ...data.checklist.map((text, i) => ({ path: `checklist[${i}]`, text })),
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

export function describeArticle(entry: ArticleEntry): ArticleModel {
  const { data } = entry;
  const specific =
    entry.collection === 'guides' ? describeGuide(entry.id, entry.data) : describeIndustry(entry.id, entry.data);
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
