/**
 * The one query module: every route asks here for entries, so "what is published"
 * is decided once. Drafts show in `astro dev` and never in a production build.
 * The rules themselves live in plain modules (entries, topics, reading-time) and are
 * unit-tested there; this file only applies them to the collections.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { categories } from '../schemas/kpi';
import { describeArticle, getArticleText, getReadingStats, type ArticleEntry, type ArticleModel } from './article';
import { findJumpTarget, outlineArticle, type JumpTarget } from './article-outline';
import { selectContents, type ContentsEntry } from './contents';
import { readEditBase } from './edit-config';
import { indexNeighbours, type Neighbours } from './neighbours';
import { assertBodyFinished } from '../schemas/todo';
import { getBuildDate, getPageToday, listPageDates } from './build-date';
import { createSiteIndex } from './site-index';
import { pluralize } from './format';
import { scoreQuality, type QualityContext, type QualityResult } from './quality';
import type { MarkdownFacts } from './markdown/analyze';
import type { MarkupSpan } from './markdown/markup-spans';
import { readContentFile } from './markdown/content-file';
import { groupBenchmarksByKpi, groupByCategory, isPublished, sortNewestFirst } from './entries';
import { articleCollections, editUrl, entryUrl, kpiUrl, sections, topicUrl, type ArticleCollection } from './routes';
import { createRelatedIndex, type EntryRef, type RelatedIndex, type RelatedLinks } from './related';
import { toolIds, tools } from '../calculators/registry';
import { buildLibraryRecords } from './related/library';
import { findDraftRelated } from './related/drafts';
import { ContentError } from './content-error';
import { renderTwin } from './twin/article';
import { collectTopics, slugifyTerm, type Topic } from './topics';

export type Guide = CollectionEntry<'guides'>;
export type Industry = CollectionEntry<'industries'>;
export type Kpi = CollectionEntry<'kpis'>;
export type Training = CollectionEntry<'trainings'>;
/** Every page with a quick answer, a body and a Markdown twin: guides, industry pages, trainings. */
export type Article = Guide | Industry | Training;
/** Anything rendered through ArticleLayout: an article or a meeting plan. */

const includeDrafts = import.meta.env.DEV;

/**
 * Every page of a build asks for the same lists. Computing each once per build keeps a
 * 10,000-page build linear, where re-sorting the library for every page made it
 * quadratic. The dev server recomputes, because content changes under it. Callers get
 * a shared array: copy before sorting it another way.
 */
function computeOncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? compute() : (result ??= compute()));
}

export const getGuides = computeOncePerBuild(async (): Promise<readonly Guide[]> =>
  sortNewestFirst(await getCollection('guides', (entry) => isPublished(entry.data, includeDrafts))),
);

export const getIndustries = computeOncePerBuild(async (): Promise<readonly Industry[]> =>
  sortNewestFirst(await getCollection('industries', (entry) => isPublished(entry.data, includeDrafts))),
);

export const getTrainings = computeOncePerBuild(async (): Promise<readonly Training[]> =>
  sortNewestFirst(await getCollection('trainings', (entry) => isPublished(entry.data, includeDrafts))),
);

/** Industry pages as their listing shows them: by industry name, A to Z. */
export const getIndustriesByName = computeOncePerBuild(async (): Promise<readonly Industry[]> =>
  [...(await getIndustries())].sort((a, b) => a.data.industry.localeCompare(b.data.industry, 'en')),
);

/** Each article collection in the order its listing page shows it; previous/next follow the same order. */
export async function getListing(collection: ArticleCollection): Promise<readonly Article[]> {
  switch (collection) {
    case 'guides':
      return getGuides();
    case 'industries':
      return getIndustriesByName();
    case 'trainings':
      return getTrainings();
  }
}

/** What a collection's listing page shows of an entry: an industry is named by its industry, with its KPI count. */
export type ListingItem = EntrySummary & { extra?: string };

/** A collection's entries as its listing page shows them, in getListing's order. */
export async function getListingItems(collection: ArticleCollection): Promise<ListingItem[]> {
  return (await getListing(collection)).map((entry) =>
    entry.collection === 'industries'
      ? { ...summarize(entry), title: entry.data.industry, extra: pluralize(entry.data.kpis.length, 'KPI') }
      : summarize(entry),
  );
}

const getNeighbourIndexes = computeOncePerBuild(async () => {
  const indexOf = async (collection: ArticleCollection) =>
    indexNeighbours((await getListing(collection)).map(summarize), (item) => item.id);
  const [guides, industries, trainings] = await Promise.all([
    indexOf('guides'),
    indexOf('industries'),
    indexOf('trainings'),
  ]);
  return { guides, industries, trainings } satisfies Record<ArticleCollection, unknown>;
});

/** Guides and industry pages together, newest first. */
export const getArticles = computeOncePerBuild(async (): Promise<readonly Article[]> =>
  sortNewestFirst<Article>([...(await getGuides()), ...(await getIndustries())]),
);

const articleGetters: Readonly<Record<ArticleCollection, () => Promise<readonly Article[]>>> = {
  guides: getGuides,
  industries: getIndustries,
  trainings: getTrainings,
};

/** Every published article of every article collection (routes.ts lists them), collection by collection. */
export const getEveryArticle = computeOncePerBuild(async (): Promise<readonly Article[]> =>
  (await Promise.all(articleCollections.map((collection) => articleGetters[collection]()))).flat(),
);

const getArticlesByKey = computeOncePerBuild(
  async () => new Map((await getArticles()).map((entry) => [`${entry.collection}/${entry.id}`, entry])),
);

/** The registry, alphabetically. KPIs have no drafts: a KPI exists once its file does. */
export const getKpis = computeOncePerBuild(async (): Promise<readonly Kpi[]> => {
  const kpis = await getCollection('kpis');
  return kpis.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
});

/** The registry by id, built once: pages look KPIs up by id, and rebuilding this map per page added up. */
export const getKpisById = computeOncePerBuild(
  async (): Promise<ReadonlyMap<string, Kpi>> => new Map((await getKpis()).map((kpi) => [kpi.id, kpi])),
);

export async function getKpi(id: string): Promise<Kpi | undefined> {
  return getEntry('kpis', id);
}

export async function getKpisByCategory() {
  return groupByCategory(await getKpis(), categories);
}

/** What a list of entries shows for each item; also what RelatedLinks takes. */
export interface EntrySummary {
  id: string;
  title: string;
  href: string;
  label: string;
  description: string;
  published: Date;
  collection: ArticleCollection;
}

export function summarize(entry: Article): EntrySummary {
  return {
    id: entry.id,
    title: entry.data.title,
    href: entryUrl(entry),
    label: sections[entry.collection].label,
    description: entry.data.description,
    published: entry.data.published,
    collection: entry.collection,
  };
}

/** Manual related entries, in the editor's order; unpublished targets drop out. */
export async function getRelated(
  refs: readonly { collection: ArticleCollection; id: string }[],
): Promise<EntrySummary[]> {
  const published = await getArticlesByKey();
  return refs.flatMap((ref) => {
    const entry = published.get(`${ref.collection}/${ref.id}`);
    return entry ? [summarize(entry)] : [];
  });
}

const getBenchmarksByKpi = computeOncePerBuild(async () => groupBenchmarksByKpi(await getIndustries()));

/** Every published industry's benchmark for a KPI, for the KPI page table. */
export async function getBenchmarksForKpi(id: string) {
  return (await getBenchmarksByKpi()).get(id) ?? [];
}

/** Published guides and industry pages that cite a KPI. */
export async function getKpiUsage(id: string): Promise<EntrySummary[]> {
  const articles = [...(await getGuides()), ...(await getIndustries())];
  return articles.filter((entry) => getArticleModel(entry).kpiIds.includes(id)).map(summarize);
}

/** Published trainings meant to move a KPI, for the KPI page's "trainings that move this KPI". */
export async function getTrainingsForKpi(id: string): Promise<EntrySummary[]> {
  return (await getTrainings()).filter((training) => training.data.kpis.some((ref) => ref.id === id)).map(summarize);
}

function fileOf(entry: Article): string {
  return entry.filePath ?? `content/${entry.collection}/${entry.id}`;
}

/** Topics from tags (articles and trainings) and search terms (guides), most used first. */
export const getTopics = computeOncePerBuild(async (): Promise<readonly Topic<EntrySummary>[]> =>
  collectTopics(
    [...(await getArticles()), ...(await getTrainings())].map((entry) => ({
      file: fileOf(entry),
      entry: summarize(entry),
      terms: [
        { field: 'tags', values: entry.data.tags },
        ...(entry.collection === 'guides' ? [{ field: 'searchTerms', values: entry.data.searchTerms }] : []),
      ],
    })),
  ),
);

const getTopicLabels = computeOncePerBuild(
  async () => new Map((await getTopics()).map((topic) => [topic.slug, topic.label])),
);

export interface Chip {
  label: string;
  href: string;
}

/** Chips for an entry's own terms, each labelled and linked as its topic page is. */
export async function getTopicChips(entry: Article, field: 'tags' | 'searchTerms'): Promise<Chip[]> {
  const labels = await getTopicLabels();
  const values = field === 'tags' ? entry.data.tags : 'searchTerms' in entry.data ? entry.data.searchTerms : [];
  return values.map((value, index) => {
    const slug = slugifyTerm(value, fileOf(entry), `${field}[${index}]`);
    return { label: labels.get(slug) ?? value, href: topicUrl(slug) };
  });
}

/** Chips for KPI ids, named from the registry. */
export async function getKpiChips(ids: readonly string[]): Promise<Chip[]> {
  const byId = await getKpisById();
  return ids.map((id) => ({ label: byId.get(id)?.data.name ?? id, href: kpiUrl(id) }));
}

/**
 * What Pulse knows of an article's body: its words, headings, links, fences and TODO
 * markers, parsed once per build (src/lib/markdown/content-file.ts). The data store keeps
 * no bodies (`retainBody: false`), so this reads the file, once.
 */
export function getBodyFacts(entry: Article): MarkdownFacts {
  if (!entry.filePath) throw new Error(`${entry.collection}/${entry.id} has no file to read its body from`);
  return readContentFile(entry.filePath).facts;
}

/** An article's body as written and the spans of its one parse, for the Markdown twin (read with the facts, once). */
export function getBodyMarkup(entry: Article): { source: string; spans: MarkupSpan[] } {
  if (!entry.filePath) throw new Error(`${entry.collection}/${entry.id} has no file to read its body from`);
  const file = readContentFile(entry.filePath);
  return { source: file.body, spans: file.facts.spans };
}

/** An article's Markdown twin (src/lib/twin/article.ts), against the site's address. */
export async function getTwin(entry: Article, site: URL): Promise<string> {
  const registry = await getKpisById();
  return renderTwin({
    entry: entry as ArticleEntry,
    body: getBodyMarkup(entry),
    kpis: { get: (id) => registry.get(id)?.data },
    site,
  });
}

const models = new WeakMap<Article, ArticleModel>();

/** The article model (src/lib/article.ts) of an entry, described once per entry object. */
export function getArticleModel(entry: Article): ArticleModel {
  let model = models.get(entry);
  if (!model) models.set(entry, (model = describeArticle(entry as ArticleEntry)));
  return model;
}

let relatedIndex: Promise<RelatedIndex> | undefined;

/**
 * A production build leaves drafts out, so a published page's `related` entry naming one
 * would point at nothing: stop with the lint's sentence (src/lib/related/drafts.ts).
 */
async function assertRelatedPublished(): Promise<void> {
  if (includeDrafts) return;
  const all = [
    ...(await getCollection('guides')),
    ...(await getCollection('industries')),
    ...(await getCollection('trainings')),
  ];
  const file = (entry: Article) => entry.filePath ?? `${entry.collection}/${entry.id}`;
  const found = findDraftRelated(
    all.map((entry) => ({
      key: `${entry.collection}/${entry.id}`,
      file: file(entry),
      draft: entry.data.draft,
      related: (entry.data.related ?? []).map((ref) => `${ref.collection}/${ref.id}`),
    })),
  );
  if (found.length === 0) return;
  throw new ContentError(
    'A published page lists a draft as related:',
    found.map(
      ({ file, index, message }) =>
        `${file}:${readContentFile(file).frontmatter.lineOf(['related', index])} ${message}`,
    ),
  );
}

/** Built once per build from the published library; every page's related lists come from it. */
function getRelatedIndex(): Promise<RelatedIndex> {
  relatedIndex ??= Promise.all([
    getGuides(),
    getIndustries(),
    getTrainings(),
    getKpis(),
    assertRelatedPublished(),
  ]).then(([guides, industries, trainings, kpis]) =>
    createRelatedIndex(
      buildLibraryRecords({
        // The index turns each article's text into a word vector and keeps no text.
        articles: [...guides, ...industries, ...trainings].map((entry) => {
          const model = getArticleModel(entry);
          return { model, text: getArticleText(model, getBodyFacts(entry)) };
        }),
        kpis,
        tools: tools.map(({ id, title, summary }) => ({ id, title, summary })),
      }),
    ),
  );
  return relatedIndex;
}

/** "Deep dive · related" (editor's picks first) and "More from the library" for a page. */
export async function getRelatedLinks(page: EntryRef): Promise<RelatedLinks> {
  return (await getRelatedIndex()).getRelated(page);
}

/** Everything an article page shows beyond its own middle, built once per page in one place. */
export interface ArticlePage {
  model: ArticleModel;
  stats: { words: number; minutes: number };
  chips: { topics: Chip[]; searchTerms: Chip[]; kpis: Chip[] };
  related: RelatedLinks;
  /** The quality score, from the checklist for the page's kind (src/lib/quality.ts). */
  quality: QualityResult;
  /** "On this page": the page's h2s and h3s, or none on a page too short to need it. */
  contents: ContentsEntry[];
  /** The calculator or scorecard the page links to from its top, if it has one. */
  jump: JumpTarget | undefined;
  /** The entries before and after this one in its listing. */
  neighbours: Neighbours<EntrySummary>;
  /** "Edit this page": the source file under PULSE_EDIT_URL; undefined when that is unset. */
  editUrl: string | undefined;
}

/** Read once: the setting cannot change during a build. */
const editBase = readEditBase();

export async function getArticlePage(entry: Article): Promise<ArticlePage> {
  const model = getArticleModel(entry);
  const body = getBodyFacts(entry);
  assertBodyFinished(model, body, entry.filePath ?? `${entry.collection}/${entry.id}`);
  const [topics, searchTerms, kpis, related, context, rendered, neighbours] = await Promise.all([
    getTopicChips(entry, 'tags'),
    getTopicChips(entry, 'searchTerms'),
    getKpiChips(model.kpiIds),
    getRelatedLinks({ collection: entry.collection, id: entry.id }),
    getQualityContext(),
    render(entry),
    getNeighbourIndexes(),
  ]);
  const outline = { entry: entry as ArticleEntry, rendered: rendered.headings, body };
  return {
    model,
    stats: getReadingStats(model, body),
    chips: { topics, searchTerms, kpis },
    related,
    quality: scoreQuality(
      { entry: entry as ArticleEntry, body },
      { ...context, now: getPageToday(context.now, listPageDates(entry.data), new Date()) },
    ),
    contents: selectContents(outlineArticle(outline)),
    jump: findJumpTarget(outline),
    neighbours: neighbours[entry.collection](entry.id),
    editUrl: editUrl(editBase, entry.filePath),
  };
}

/** The quality score's view of the whole library, built once per build: the link index and "now". */
const getQualityContext = computeOncePerBuild(async (): Promise<QualityContext> => {
  const [guides, industries, trainings, kpis] = await Promise.all([
    getGuides(),
    getIndustries(),
    getTrainings(),
    getKpis(),
  ]);
  return {
    now: getBuildDate(),
    // The same index the lint builds (src/lib/lint/run.ts), so the badge and the report agree.
    site: createSiteIndex({
      guides: guides.map((guide) => guide.id),
      industries: industries.map((page) => page.id),
      trainings: trainings.map((training) => training.id),
      kpis: kpis.map((kpi) => kpi.id),
      topicTerms: [...guides, ...industries, ...trainings].flatMap((entry) => getArticleModel(entry).topics),
      tools: toolIds,
    }),
  };
});
