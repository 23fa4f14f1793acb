/**
 * Ordering of scored candidates: score first, then body-text similarity, then key.
 * Similarity is costly next to a score lookup, so it is only computed for the
 * candidates that can still reach the cut.
 */

export interface RankContext {
  score(index: number): number;
  /** Text similarity to the page being related; only called on ties, may be cached by the caller. */
  similarity(index: number): number;
  /** Position of the candidate's key in sorted order. */
  keyRank(index: number): number;
}

export function compareRanked(a: number, b: number, context: RankContext): number {
  return (
    context.score(b) - context.score(a) ||
    context.similarity(b) - context.similarity(a) ||
    context.keyRank(a) - context.keyRank(b)
  );
}

/**
 * The best `limit` candidates, best first, skipping `exclude`. Finds the score of the
 * last place in one pass, then orders only the candidates at or above it (ties
 * included, since similarity may promote any of them): linear in the candidates,
 * where sorting them all was the cost that dominated at 10,000 pages.
 */
export function selectTop(
  candidates: readonly number[],
  limit: number,
  context: RankContext,
  exclude: ReadonlySet<number> = new Set(),
): number[] {
  if (limit <= 0) return [];
  const best: number[] = [];
  for (const i of candidates) {
    if (exclude.has(i)) continue;
    const score = context.score(i);
    if (best.length === limit && score <= best[limit - 1]!) continue;
    let at = best.length < limit ? best.length : limit - 1;
    while (at > 0 && best[at - 1]! < score) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = score;
  }
  if (best.length === 0) return [];
  const boundary = best.length < limit ? -Infinity : best[limit - 1]!;
  const contenders = candidates.filter((i) => !exclude.has(i) && context.score(i) >= boundary);
  return contenders.sort((a, b) => compareRanked(a, b, context)).slice(0, limit);
}

/** Takes one from each ranked bucket in turn, buckets ordered by their best entry, for breadth. */
export function interleave(buckets: readonly (readonly number[])[], limit: number, context: RankContext): number[] {
  const ordered = buckets.filter((bucket) => bucket.length > 0).sort((a, b) => compareRanked(a[0]!, b[0]!, context));
  const out: number[] = [];
  const longest = Math.max(0, ...ordered.map((bucket) => bucket.length));
  for (let round = 0; round < longest && out.length < limit; round++) {
    for (const bucket of ordered) {
      if (round < bucket.length && out.length < limit) out.push(bucket[round]!);
    }
  }
  return out;
}

/**
 * Tops up a short deep dive with the pages that follow this one in its collection's
 * key order (wrapping round), so no page ends in a dead end and an industry page
 * always shows sibling industries. `siblings` is sorted by key rank.
 */
export function fillFromNeighbours(
  picked: number[],
  chosen: Set<number>,
  siblings: readonly number[],
  selfRank: number,
  context: Pick<RankContext, 'keyRank'>,
  minimum: number,
): void {
  if (picked.length >= minimum || siblings.length === 0) return;
  let start = siblings.findIndex((i) => context.keyRank(i) > selfRank);
  if (start < 0) start = 0;
  for (let step = 0; step < siblings.length && picked.length < minimum; step++) {
    const i = siblings[(start + step) % siblings.length]!;
    if (chosen.has(i)) continue;
    picked.push(i);
    chosen.add(i);
  }
}
