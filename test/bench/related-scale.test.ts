import { expect, test } from 'vitest';
import { generateRecords, runRelatedScale } from '../../bench/related-scale.ts';

test('writes the same synthetic library for the same seed, a new one for another', () => {
  expect(generateRecords(50, 7)).toEqual(generateRecords(50, 7));
  expect(generateRecords(50, 8)).not.toEqual(generateRecords(50, 7));
});

test('relates every published page of a small library and reports what it measured', () => {
  const result = runRelatedScale(300, 7);
  expect(result).toMatchObject({ bench: 'related', pages: 300, seed: 7, pagesWithoutLinks: 0 });
  // The skewed tags make a few keywords common enough to prune, as in a grown library.
  expect(result.prunedKeywords).toBeGreaterThan(0);
  expect(result.links).toBeGreaterThan(300 * 6);
  expect(result.peakRssMB).toBeGreaterThan(0);
});
