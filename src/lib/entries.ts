/**
 * Pure rules about library entries: what is published, in which order, at which
 * address, and how KPI benchmarks gather across industry pages. `content.ts` applies
 * them to the real collections; tests apply them to plain objects.
 */
import type { Benchmark } from '../schemas/benchmark';
import type { Category } from '../schemas/kpi';

export type ArticleCollection = 'guides' | 'industries';

/** Drafts are visible only when the caller says so (the dev server does). */
export function isPublished(data: { draft?: boolean | undefined }, includeDrafts: boolean): boolean {
  return includeDrafts || data.draft !== true;
}

interface Dated {
  id: string;
  data: { published: Date; updated?: Date | undefined };
}

/** Newest publication first; a later update breaks a tie, then the id, so order is stable. */
export function sortNewestFirst<T extends Dated>(entries: readonly T[]): T[] {
  const updated = (entry: T) => (entry.data.updated ?? entry.data.published).getTime();
  return [...entries].sort(
    (a, b) =>
      b.data.published.getTime() - a.data.published.getTime() || updated(b) - updated(a) || a.id.localeCompare(b.id),
  );
}

export const guideUrl = (id: string) => `/library/${id}/`;
export const industryUrl = (id: string) => `/industries/${id}/`;
export const kpiUrl = (id: string) => `/kpis/${id}/`;
export const topicUrl = (slug: string) => `/topics/${slug}/`;

export function entryUrl(ref: { collection: ArticleCollection; id: string }): string {
  return ref.collection === 'guides' ? guideUrl(ref.id) : industryUrl(ref.id);
}

export const collectionLabels: Record<ArticleCollection, string> = {
  guides: 'Guide',
  industries: 'Industry guide',
};

interface IndustryLike {
  id: string;
  data: {
    industry: string;
    kpis: readonly { kpi: { id: string }; measures: string; benchmark: Benchmark }[];
  };
}

export interface BenchmarkRow {
  industryId: string;
  industry: string;
  href: string;
  measures: string;
  benchmark: Benchmark;
}

/** Every given industry's benchmark for one KPI, alphabetically by industry. */
export function collectBenchmarks(kpiId: string, industries: readonly IndustryLike[]): BenchmarkRow[] {
  return industries
    .flatMap((page) =>
      page.data.kpis
        .filter((item) => item.kpi.id === kpiId)
        .map((item) => ({
          industryId: page.id,
          industry: page.data.industry,
          href: industryUrl(page.id),
          measures: item.measures,
          benchmark: item.benchmark,
        })),
    )
    .sort((a, b) => a.industry.localeCompare(b.industry, 'en'));
}

/** Groups KPIs under their categories, in the order categories are given; empty groups dropped. */
export function groupByCategory<T extends { data: { category: Category; name: string } }>(
  kpis: readonly T[],
  order: readonly Category[],
): { category: Category; kpis: T[] }[] {
  return order
    .map((category) => ({
      category,
      kpis: kpis
        .filter((kpi) => kpi.data.category === category)
        .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')),
    }))
    .filter((group) => group.kpis.length > 0);
}
