import { describe, expect, it } from 'vitest';
import { createCandidateScorer, lowerBound, windowAround, type WeightedPostings } from '~/lib/related/candidates';

describe('lowerBound', () => {
  it.each([
    [[], 5, 0],
    [[1, 3, 5], 0, 0],
    [[1, 3, 5], 3, 1],
    [[1, 3, 5], 4, 2],
    [[1, 3, 5], 9, 3],
  ])('in %j, %i goes at %i', (list, value, at) => {
    expect(lowerBound(list, value)).toBe(at);
  });
});

describe('windowAround', () => {
  it.each([
    [5, 2, 10, [0, 5]],
    [100, 0, 10, [0, 10]],
    [100, 50, 10, [45, 55]],
    [100, 99, 10, [90, 100]],
    [100, 100, 10, [90, 100]],
  ])('length %i at %i, size %i: %j', (length, at, size, expected) => {
    expect(windowAround(length, at, size)).toEqual(expected);
  });
});

/**
 * 300 pages; keyword k is on every page i with i % (k + 2) === 0, so keywords range from
 * common (every other page) to rare (a few pages). Weights 1-3.
 */
function library() {
  const keywords = Array.from({ length: 40 }, (_, k) => ({
    postings: Array.from({ length: 300 }, (_, i) => i).filter((i) => i % (k + 2) === 0),
    weight: 1 + (k % 3),
  }));
  const pageKeywords: WeightedPostings[][] = Array.from({ length: 300 }, (_, i) =>
    keywords.filter((keyword) => keyword.postings.includes(i)),
  );
  return { keywords, pageKeywords };
}

/** The score a full scan gives `other` against `self`: the weights of the keywords both carry. */
function exactScore(pageKeywords: readonly WeightedPostings[][], self: number, other: number): number {
  return pageKeywords[self]!.filter((keyword) => keyword.postings.includes(other)).reduce(
    (sum, k) => sum + k.weight,
    0,
  );
}

describe('createCandidateScorer', () => {
  const { pageKeywords } = library();
  const noBonus = () => 0;

  it('finds every page sharing a keyword when no keyword is over the window', () => {
    const scorer = createCandidateScorer(pageKeywords, 1000, noBonus);
    const touched = scorer.score(60);
    const sharing = Array.from({ length: 300 }, (_, i) => i).filter((i) => exactScore(pageKeywords, 60, i) > 0);
    expect([...touched].sort((a, b) => a - b)).toEqual(sharing);
    for (const other of touched) expect(scorer.scores[other]).toBe(exactScore(pageKeywords, 60, other));
  });

  it('bounds the candidates of a page by its keywords times the window, with exact scores', () => {
    const window = 8;
    const scorer = createCandidateScorer(pageKeywords, window, (self, other) => (self % 2 === other % 2 ? 0.5 : 0));
    for (const self of [0, 60, 210, 299]) {
      const touched = scorer.score(self);
      expect(touched.length).toBeLessThanOrEqual(pageKeywords[self]!.length * window);
      for (const other of touched) {
        const bonus = self % 2 === other % 2 ? 0.5 : 0;
        expect(scorer.scores[other], `${self} -> ${other}`).toBe(exactScore(pageKeywords, self, other) + bonus);
      }
    }
  });

  it('takes the pages nearest the page itself from a common keyword', () => {
    // Keyword 0 (weight 1) is on the 150 even pages; page 100 sees the 8 around it.
    const only = createCandidateScorer(
      pageKeywords.map((keywords) => keywords.slice(0, 1)),
      8,
      noBonus,
    );
    expect(only.score(100)).toEqual([92, 94, 96, 98, 100, 102, 104, 106]);
  });
});
