/**
 * Related-article scoring over the typed content graph. Pure: records in, ranked
 * records out, the same order on every build.
 *
 * A pair of pages scores the sum of the weights of the keywords they share (KPIs,
 * industry, topics = tags and search terms), plus a small bonus for being the same
 * kind of page. Only pages sharing at least one non-pruned keyword are scored, so
 * the work grows with the number of pages times the size of their keyword
 * neighbourhoods, and a keyword on many pages contributes a bounded window of them
 * (related/candidates.ts): linear in the library, not quadratic. Body-text similarity only
 * orders pages whose scores are equal; the id settles anything left.
 */
import { createCandidateScorer } from './related/candidates';
import { fillFromNeighbours, interleave, selectTop, type RankContext } from './related/rank';
import { buildTermIndex, extractTerms, kindOf, normalizeTerm, type PruneOptions, type TermKind } from './related/terms';
import { Vocabulary, cosine, type TextVector } from './related/text';
import { groupByCollection, manualEntries, rankKeys } from './related/lookup';
import {
  keyOf,
  libraryCollections,
  RelatedError,
  type EntryRef,
  type RelatedEntry,
  type RelatedRecord,
} from './related/types';

export * from './related/types';

/**
 * How much one shared keyword is worth. A shared industry means the same buyer and
 * market, the strongest sign two pages answer neighbouring questions; a shared KPI
 * is specific (pages that both discuss CAC payback are close) and several add up;
 * a shared tag or search phrase is looser. Being the same kind of page only
 * separates otherwise equal candidates, and is never a reason to relate on its own.
 */
export const relatedWeights: Readonly<Record<TermKind | 'sameCollection', number>> = {
  industry: 4,
  kpi: 3,
  topic: 2,
  sameCollection: 1,
};

export interface RelatedOptions extends PruneOptions {
  weights: Readonly<Record<TermKind | 'sameCollection', number>>;
  /** Most entries in "Deep dive · related" (manual entries included). */
  deepDiveLimit: number;
  /** Most entries in "More from the library". */
  moreLimit: number;
  /** A deep dive shorter than this is topped up with neighbouring pages of the same collection. */
  minDeepDive: number;
  /** Words per body kept for the text tie-breaker. */
  textTerms: number;
  /** Most candidates one keyword contributes to a page (see related/candidates.ts). */
  candidateWindow: number;
}

export const relatedDefaults: RelatedOptions = {
  weights: relatedWeights,
  maxTermShare: 0.2,
  pruneFloor: 8,
  deepDiveLimit: 6,
  moreLimit: 6,
  minDeepDive: 3,
  textTerms: 32,
  candidateWindow: 128,
};

export interface RelatedLinks {
  /** Manual entries, then the same collection or the same industry, best first. */
  deepDive: RelatedEntry[];
  /** Other collections, alternating between them for breadth. */
  more: RelatedEntry[];
}

export interface RelatedIndex {
  getRelated(page: EntryRef): RelatedLinks;
  /** Keywords ignored for being on too many pages. */
  pruned: readonly string[];
}

export function createRelatedIndex(
  input: readonly RelatedRecord[],
  options: Partial<RelatedOptions> = {},
): RelatedIndex {
  const settings = { ...relatedDefaults, ...options };
  // Bodies become small word vectors up front; the index keeps no text, so a library's
  // worth of plain text is not held for the rest of the build.
  const vocabulary = new Vocabulary();
  const vectors: readonly TextVector[] = input.map((record) => vocabulary.vectorize(record.text, settings.textTerms));
  const records: readonly RelatedEntry[] = input.map(({ text: _text, ...entry }) => entry);
  const positions = new Map<string, number>();
  records.forEach((record, i) => {
    const key = keyOf(record);
    if (positions.has(key))
      throw new RelatedError(`${key} appears twice in the related records: ids must be unique per collection.`);
    positions.set(key, i);
  });
  const isLive = (i: number) => !records[i]!.draft;
  const terms = records.map(extractTerms);
  const index = buildTermIndex(terms, isLive, settings);
  const keyRank = rankKeys(records);
  const industryIds = new Map<string, number>();
  // 0 means "no industry"; equal positive numbers mean the same industry.
  const industryOf = Int32Array.from(records, (record) => {
    const name = record.industry ? normalizeTerm(record.industry) : '';
    if (!name) return 0;
    if (!industryIds.has(name)) industryIds.set(name, industryIds.size + 1);
    return industryIds.get(name)!;
  });
  const collectionOf = Uint8Array.from(records, (record) => libraryCollections.indexOf(record.collection));
  // Each page's keyword postings with their weights, resolved once rather than per page related.
  const weightedPostings = terms.map((list) =>
    list.flatMap((term) => {
      const postings = index.postings(term);
      return postings ? [{ postings, weight: settings.weights[kindOf(term)] }] : [];
    }),
  );
  const siblings = groupByCollection(records, keyRank, isLive);
  const candidates = createCandidateScorer(weightedPostings, settings.candidateWindow, (self, other) =>
    collectionOf[other] === collectionOf[self] ? settings.weights.sameCollection : 0,
  );
  const scores = candidates.scores;
  // Scratch space reused across pages: similarities, and which page last set each.
  const similarities = new Float64Array(records.length);
  const comparedWith = new Int32Array(records.length).fill(-1);
  const cache = new Map<number, RelatedLinks>();

  function compute(self: number): RelatedLinks {
    const page = records[self]!;
    const touched = candidates.score(self);
    const own = vectors[self]!;
    const context: RankContext = {
      score: (i) => scores[i]!,
      similarity: (i) => {
        if (comparedWith[i] !== self) {
          comparedWith[i] = self;
          // Rounded so that summation order (which follows vocabulary ids) cannot flip a tie.
          similarities[i] = roundSimilarity(cosine(own, vectors[i]!));
        }
        return similarities[i]!;
      },
      keyRank: (i) => keyRank[i]!,
    };
    const deepDive = manualEntries(page, positions, isLive).slice(0, settings.deepDiveLimit);
    const chosen = new Set<number>([self, ...deepDive]);
    // One pass sorts candidates into the deep-dive pool and one pool per other collection;
    // a same-industry page of another collection sits in both until the deep dive is picked.
    // Pages already chosen stay in the pools; selectTop skips them.
    const subject: number[] = [];
    const byCollection: number[][] = libraryCollections.map(() => []);
    const ownCollection = collectionOf[self];
    const ownIndustry = industryOf[self];
    for (const i of touched) {
      if (scores[i]! <= 0) continue;
      const collection = collectionOf[i]!;
      if (collection === ownCollection || (ownIndustry !== 0 && industryOf[i] === ownIndustry)) subject.push(i);
      if (collection !== ownCollection) byCollection[collection]!.push(i);
    }
    for (const i of selectTop(subject, settings.deepDiveLimit - deepDive.length, context, chosen)) {
      deepDive.push(i);
      chosen.add(i);
    }
    fillFromNeighbours(
      deepDive,
      chosen,
      siblings.get(page.collection) ?? [],
      keyRank[self]!,
      context,
      settings.minDeepDive,
    );
    const buckets = byCollection.map((bucket) => selectTop(bucket, settings.moreLimit, context, chosen));
    const more = interleave(buckets, settings.moreLimit, context);
    return { deepDive: deepDive.map((i) => records[i]!), more: more.map((i) => records[i]!) };
  }

  return {
    getRelated(page) {
      const self = positions.get(keyOf(page));
      if (self === undefined)
        throw new RelatedError(`No related record for ${keyOf(page)}: pass every page to createRelatedIndex.`);
      let links = cache.get(self);
      if (!links) cache.set(self, (links = compute(self)));
      return links;
    },
    pruned: index.pruned,
  };
}

function roundSimilarity(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
