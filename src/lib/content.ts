/**
 * The one query module: every route asks here for entries, so "what is published"
 * is decided once. Drafts show in `astro dev` and never in a production build.
 * The rules themselves live in plain modules (entries, topics, reading-time) and are
 * unit-tested there; this file only applies them to the collections.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { categories } from '../schemas/kpi';
import { collectBenchmarks, groupByCategory, isPublished, sortNewestFirst } from './entries';
import { describeArticle } from './article';
import { readEntryBody } from './entry-body';
import { entryUrl, kpiUrl, sections, topicUrl, type ArticleCollection } from './routes';
import { countArticleWords, estimateReadingMinutes } from './reading-time';
import { createRelatedIndex, type EntryRef, type RelatedIndex, type RelatedLinks } from './related';
import { tools } from './calculators/registry';
import { buildLibraryRecords } from './related/library';
import { collectTopics, slugifyTerm, type Topic } from './topics';

export type Guide = CollectionEntry<'guides'>;
export type Industry = CollectionEntry<'industries'>;
export type Kpi = CollectionEntry<'kpis'>;
export type Training = CollectionEntry<'trainings'>;
export type Article = Guide | Industry;
/** Anything rendered through ArticleLayout: an article or a meeting plan. */
export type ArticlePage = Article | Training;

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

/** Guides and industry pages together, newest first. */
export const getArticles = computeOncePerBuild(async (): Promise<readonly Article[]> =>
  sortNewestFirst<Article>([...(await getGuides()), ...(await getIndustries())]),
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

/** What a list of entries shows for each item; also what RelatedList takes. */
export interface EntrySummary {
  title: string;
  href: string;
  label: string;
  description: string;
  published: Date;
  collection: ArticleCollection;
}

export function summarize(entry: ArticlePage): EntrySummary {
  return {
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

/** Every published industry's benchmark for a KPI, for the KPI page table. */
export async function getBenchmarksForKpi(id: string) {
  return collectBenchmarks(id, await getIndustries());
}

/** Published guides and industry pages that cite a KPI. */
export async function getKpiUsage(id: string): Promise<EntrySummary[]> {
  const guides = (await getGuides()).filter((guide) => guide.data.kpis.some((ref) => ref.id === id));
  const industries = (await getIndustries()).filter((page) => page.data.kpis.some((item) => item.kpi.id === id));
  return [...guides, ...industries].map(summarize);
}

/** Published trainings meant to move a KPI, for the KPI page's "trainings that move this KPI". */
export async function getTrainingsForKpi(id: string): Promise<EntrySummary[]> {
  return (await getTrainings()).filter((training) => training.data.kpis.some((ref) => ref.id === id)).map(summarize);
}

function fileOf(entry: ArticlePage): string {
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
export async function getTopicChips(entry: ArticlePage, field: 'tags' | 'searchTerms'): Promise<Chip[]> {
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
 * An article's Markdown body. The store keeps none (`retainBody: false` in
 * content.config.ts), so it is read from the file each time: call once per page.
 */
export function getBody(entry: ArticlePage): string {
  return entry.body ?? (entry.filePath ? readEntryBody(entry.filePath) : '');
}

/** Words and minutes across everything the page shows of the entry, not just its body. */
export function getReadingStats(entry: ArticlePage, body: string): { words: number; minutes: number } {
  if (entry.collection === 'trainings') {
    const words = countArticleWords([...describeArticle(entry).parts.map((part) => part.text), body]);
    return { words, minutes: estimateReadingMinutes(words) };
  }
  const data = entry.data;
  const common = [body, ...data.faq.flatMap((item) => [item.question, item.answer])];
  const parts =
    'quickAnswer' in data
      ? [data.quickAnswer, data.directAnswer, ...data.steps.flatMap((step) => [step.title, step.detail])]
      : [
          data.summary,
          ...data.kpis.flatMap((item) => [item.measures, item.why, ...item.benchmarks.map((b) => b.text)]),
          ...data.checklist,
        ];
  const words = countArticleWords([...parts, ...common]);
  return { words, minutes: estimateReadingMinutes(words) };
}

let relatedIndex: Promise<RelatedIndex> | undefined;

const withBody = <T extends Article>(entry: T): T => ({ ...entry, body: getBody(entry) });

/** Built once per build from the published library; every page's related lists come from it. */
function getRelatedIndex(): Promise<RelatedIndex> {
  relatedIndex ??= Promise.all([getGuides(), getIndustries(), getKpis()]).then(([guides, industries, kpis]) =>
    createRelatedIndex(
      buildLibraryRecords({
        // Bodies are read here once; the index turns them into word vectors and keeps no text.
        guides: guides.map(withBody),
        industries: industries.map(withBody),
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
