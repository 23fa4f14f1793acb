/** Lookup tables built once per index: key order, collections, manual entries. */
import { keyOf, RelatedError, type LibraryCollection, type RelatedEntry } from './types';

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
