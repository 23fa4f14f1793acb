/**
 * Pure rules about library entries: what is published, in which order, at which
 * address, and how KPI benchmarks gather across industry pages. `content.ts` applies
 * them to the real collections; tests apply them to plain objects.
 */
import type { Benchmark } from '../schemas/benchmark';
import type { Source } from '../schemas/source';
import { resolveBasis, type ResolvedBasis } from './provenance';
import { entryUrl } from './routes';
import type { Category } from '../schemas/kpi';

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

interface IndustryLike {
  id: string;
  data: {
    industry: string;
    kpis: readonly { kpi: { id: string }; measures: string; benchmarks: readonly Benchmark[] }[];
    sources: readonly Source[];
  };
}

/** One target a reader can score against: a KPI's benchmark, or one segment's when it has several. */
export interface Target {
  kpi: { id: string };
  /** Unique on the page: the KPI id, with the segment appended for every target after the first. */
  key: string;
  benchmark: Benchmark;
  /** Set when the KPI has several targets on the page, to tell them apart. */
  segment?: string | undefined;
}

/** An industry page's KPIs as a flat list of targets, in page order. */
export function listTargets(kpis: readonly { kpi: { id: string }; benchmarks: readonly Benchmark[] }[]): Target[] {
  return kpis.flatMap(({ kpi, benchmarks }) =>
    benchmarks.map((benchmark, index) => ({
      kpi,
      key: index === 0 ? kpi.id : `${kpi.id}--${index + 1}`,
      benchmark,
      segment: benchmarks.length > 1 ? benchmark.segment : undefined,
    })),
  );
}

export interface BenchmarkRow {
  industryId: string;
  industry: string;
  href: string;
  measures: string;
  benchmark: Benchmark;
  /** Where the figure comes from; undefined only if the page names a source it lacks (the schema rejects that). */
  basis: ResolvedBasis | undefined;
}

const byIndustryName = new Intl.Collator('en').compare;

/**
 * Every given industry's benchmarks, gathered by KPI id, each KPI's rows alphabetically by
 * industry. One pass over the library for all KPIs: asking per KPI walked every industry
 * page once per KPI, for each KPI page and again for the KPI API.
 */
export function groupBenchmarksByKpi(industries: readonly IndustryLike[]): Map<string, BenchmarkRow[]> {
  const byKpi = new Map<string, BenchmarkRow[]>();
  for (const page of industries) {
    const href = entryUrl({ collection: 'industries', id: page.id });
    for (const item of page.data.kpis) {
      let rows = byKpi.get(item.kpi.id);
      if (!rows) byKpi.set(item.kpi.id, (rows = []));
      for (const benchmark of item.benchmarks) {
        rows.push({
          industryId: page.id,
          industry: page.data.industry,
          href,
          measures: item.measures,
          benchmark,
          basis: resolveBasis(benchmark.basis, page.data.sources),
        });
      }
    }
  }
  for (const rows of byKpi.values()) rows.sort((a, b) => byIndustryName(a.industry, b.industry));
  return byKpi;
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
