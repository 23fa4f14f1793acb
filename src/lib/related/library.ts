/**
 * One call from the query module's published entries to the records related scoring
 * needs. Entries are taken as `getCollection()` returns them; nothing here imports
 * `astro:content`.
 */
import { toGuideRecord, toIndustryRecord, toKpiRecord, toToolRecord, type ToolInput } from './records';
import type { RelatedRecord } from './types';

type Input<T extends (entry: never) => RelatedRecord> = readonly Parameters<T>[0][];

export interface LibraryEntries {
  guides: Input<typeof toGuideRecord>;
  industries: Input<typeof toIndustryRecord>;
  kpis: Input<typeof toKpiRecord>;
  /** Calculators and the scorecard; a tool with a KPI's id (pipeline-coverage) computes that KPI. */
  tools?: readonly ToolInput[];
}

export function buildLibraryRecords(library: LibraryEntries): RelatedRecord[] {
  return [
    ...library.guides.map(toGuideRecord),
    ...library.industries.map(toIndustryRecord),
    ...library.kpis.map(toKpiRecord),
    ...(library.tools ?? []).map((tool) =>
      toToolRecord({
        ...tool,
        kpis: tool.kpis ?? library.kpis.filter((kpi) => kpi.id === tool.id).map((kpi) => kpi.id),
      }),
    ),
  ];
}
