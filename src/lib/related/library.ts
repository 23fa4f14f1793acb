/**
 * One call from the query module's published entries to the records related scoring
 * needs. Entries are taken as `getCollection()` returns them; nothing here imports
 * `astro:content`.
 */
import { toGuideRecord, toIndustryRecord, toKpiRecord } from './records';
import type { RelatedRecord } from './types';

type Input<T extends (entry: never) => RelatedRecord> = readonly Parameters<T>[0][];

export interface LibraryEntries {
  guides: Input<typeof toGuideRecord>;
  industries: Input<typeof toIndustryRecord>;
  kpis: Input<typeof toKpiRecord>;
  /** Tools (calculators) as ready-made records, when the library has them. */
  tools?: readonly RelatedRecord[];
}

export function buildLibraryRecords(library: LibraryEntries): RelatedRecord[] {
  return [
    ...library.guides.map(toGuideRecord),
    ...library.industries.map(toIndustryRecord),
    ...library.kpis.map(toKpiRecord),
    ...(library.tools ?? []),
  ];
}
