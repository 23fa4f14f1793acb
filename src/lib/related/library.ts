/**
 * One call from the library's pages to the records related scoring needs; nothing here
 * imports `astro:content`.
 */
import type { ArticleModel } from '../article';
import { toArticleRecord, toKpiRecord, toToolRecord, type ToolInput } from './records';
import type { RelatedRecord } from './types';

type Input<T extends (entry: never) => RelatedRecord> = readonly Parameters<T>[0][];

export interface LibraryEntries {
  /** Every article with the plain text a reader reads of it (see getArticleText). */
  articles: readonly { model: ArticleModel; text: string }[];
  kpis: Input<typeof toKpiRecord>;
  /** Calculators and the scorecard; a tool with a KPI's id (pipeline-coverage) computes that KPI. */
  tools?: readonly ToolInput[];
}

export function buildLibraryRecords(library: LibraryEntries): RelatedRecord[] {
  return [
    ...library.articles.map(({ model, text }) => toArticleRecord(model, text)),
    ...library.kpis.map(toKpiRecord),
    ...(library.tools ?? []).map((tool) =>
      toToolRecord({
        ...tool,
        kpis: tool.kpis ?? library.kpis.filter((kpi) => kpi.id === tool.id).map((kpi) => kpi.id),
      }),
    ),
  ];
}
