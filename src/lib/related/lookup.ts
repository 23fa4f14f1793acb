/** Lookup tables built once per index: key order, collections, manual entries, KPI usage. */
import { keyOf, libraryCollections, RelatedError, type LibraryCollection, type RelatedEntry } from './types';

/** Position of each record when sorted by key: the final, deterministic tie-break. */
export function rankKeys(records: readonly RelatedEntry[]): Int32Array {
  const order = records
    .map((record, i) => [keyOf(record), i] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const ranks = new Int32Array(records.length);
  order.forEach(([, i], rank) => (ranks[i] = rank));
  return ranks;
}

/** Published pages of each collection, in key order. */
export function groupByCollection(
  records: readonly RelatedEntry[],
  keyRank: Int32Array,
  isLive: (i: number) => boolean,
) {
  const groups = new Map<LibraryCollection, number[]>();
  records.forEach((record, i) => {
    if (!isLive(i)) return;
    const group = groups.get(record.collection);
    if (group) group.push(i);
    else groups.set(record.collection, [i]);
  });
  for (const group of groups.values()) group.sort((a, b) => keyRank[a]! - keyRank[b]!);
  return groups;
}

export function manualEntries(
  page: RelatedEntry,
  positions: Map<string, number>,
  isLive: (i: number) => boolean,
): number[] {
  const picked = new Set<number>();
  for (const ref of page.related) {
    const i = positions.get(keyOf(ref));
    if (i === undefined) {
      throw new RelatedError(`${keyOf(page)} lists related entry ${keyOf(ref)}, which is not among the records.`);
    }
    if (isLive(i) && keyOf(ref) !== keyOf(page)) picked.add(i);
  }
  return [...picked];
}

/** Published pages (not KPI pages) that list each KPI, by collection, then title. */
export function indexUsage(records: readonly RelatedEntry[], isLive: (i: number) => boolean): Map<string, number[]> {
  const usage = new Map<string, number[]>();
  records.forEach((record, i) => {
    if (record.collection === 'kpis' || !isLive(i)) return;
    for (const kpi of new Set(record.kpis)) {
      const users = usage.get(kpi);
      if (users) users.push(i);
      else usage.set(kpi, [i]);
    }
  });
  const order = (i: number) => libraryCollections.indexOf(records[i]!.collection);
  const byKey = (a: number, b: number) => (keyOf(records[a]!) < keyOf(records[b]!) ? -1 : 1);
  for (const list of usage.values()) {
    list.sort((a, b) => order(a) - order(b) || records[a]!.title.localeCompare(records[b]!.title, 'en') || byKey(a, b));
  }
  return usage;
}
