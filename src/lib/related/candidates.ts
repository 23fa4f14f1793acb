/**
 * Which pages a page is scored against, and their scores, in bounded work per page.
 *
 * A keyword on few pages ("rare", at most `window` pages) is followed in full: every
 * page on it is a candidate. A keyword on many pages ("common": a popular tag, a KPI
 * most industries track) would make every page visit a share of the whole library,
 * which is quadratic in N; it only contributes the `window` pages nearest this one in
 * its posting list. Every candidate is then scored exactly, common keywords included,
 * by a membership test. So the work per page is bounded by its keyword count times
 * `window`, whatever the library's size, and scores never depend on how a candidate
 * was found. Libraries whose keywords are all rare score exactly as a full scan would.
 */

export interface WeightedPostings {
  /** Pages (positions, ascending) that carry the keyword. */
  postings: readonly number[];
  weight: number;
}

export interface CandidateScorer {
  /** Candidates of `self` (itself possibly included); their scores are left in `scores`. */
  score(self: number): number[];
  readonly scores: Float64Array;
}

/** First index in the sorted `list` whose value is at least `value`. */
export function lowerBound(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The `size` entries of `list` nearest position `at` (fewer when the list is shorter). */
export function windowAround(length: number, at: number, size: number): [start: number, end: number] {
  if (length <= size) return [0, length];
  const start = Math.min(Math.max(0, at - (size >> 1)), length - size);
  return [start, start + size];
}

/**
 * `pageKeywords[i]` lists page i's non-pruned keywords; `bonus(self, other)` adds the
 * same-kind-of-page weight.
 */
export function createCandidateScorer(
  pageKeywords: readonly (readonly WeightedPostings[])[],
  window: number,
  bonus: (self: number, other: number) => number,
): CandidateScorer {
  const pages = pageKeywords.length;
  // One membership table per common keyword, shared by every page that carries it.
  const members = new Map<readonly number[], Uint8Array>();
  const memberOf = (postings: readonly number[]) => {
    let table = members.get(postings);
    if (!table) {
      table = new Uint8Array(pages);
      for (const i of postings) table[i] = 1;
      members.set(postings, table);
    }
    return table;
  };
  const split = pageKeywords.map((keywords) => ({
    rare: keywords.filter((keyword) => keyword.postings.length <= window),
    common: keywords
      .filter((keyword) => keyword.postings.length > window)
      .map((keyword) => ({ ...keyword, member: memberOf(keyword.postings) })),
  }));
  const scores = new Float64Array(pages);
  const seenIn = new Int32Array(pages).fill(-1);

  function score(self: number): number[] {
    const touched: number[] = [];
    const touch = (other: number) => {
      if (seenIn[other] === self) return;
      seenIn[other] = self;
      scores[other] = bonus(self, other);
      touched.push(other);
    };
    const { rare, common } = split[self]!;
    for (const { postings, weight } of rare) {
      for (const other of postings) {
        touch(other);
        scores[other]! += weight;
      }
    }
    for (const { postings } of common) {
      const [start, end] = windowAround(postings.length, lowerBound(postings, self), window);
      for (let k = start; k < end; k++) touch(postings[k]!);
    }
    if (common.length > 0) {
      for (const other of touched) {
        for (const { member, weight } of common) if (member[other]) scores[other]! += weight;
      }
    }
    return touched;
  }

  return { score, scores };
}
