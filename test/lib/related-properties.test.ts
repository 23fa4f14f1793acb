import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRelatedIndex, keyOf, libraryCollections, relatedDefaults, type RelatedRecord } from '~/lib/related';

const words = [
  'pipeline',
  'coverage',
  'churn',
  'payback',
  'activation',
  'forecast',
  'quota',
  'renewal',
  'clinic',
  'payer',
];

/** Libraries of 1–30 pages with overlapping keywords, some drafts and manual links. */
const libraryArbitrary = fc
  .array(
    fc.record({
      collection: fc.constantFrom(...libraryCollections),
      industry: fc.option(fc.constantFrom('Healthtech', 'Fintech', 'Medical Devices'), { nil: undefined }),
      kpis: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 4 }),
      topics: fc.uniqueArray(fc.constantFrom('t1', 't2', 't3', 't4', 't5', 't6', 't7'), { maxLength: 4 }),
      draft: fc.boolean(),
      text: fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((list) => list.join(' ')),
      relatedTo: fc.array(fc.nat(), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((pages) =>
    pages.map((page, i): RelatedRecord => ({
      collection: page.collection,
      id: `page-${i}`,
      title: `Page ${i}`,
      industry: page.industry,
      kpis: page.kpis,
      topics: page.topics,
      draft: page.draft,
      text: page.text,
      related: page.relatedTo.map((n) => ({
        collection: pages[n % pages.length]!.collection,
        id: `page-${n % pages.length}`,
      })),
    })),
  );

describe('related scoring properties', () => {
  it('never relates a page to itself or to a draft, and respects the limits', () => {
    fc.assert(
      fc.property(libraryArbitrary, (records) => {
        const index = createRelatedIndex(records);
        for (const page of records) {
          const { deepDive, more } = index.getRelated(page);
          const linked = [...deepDive, ...more];
          expect(linked.map(keyOf)).not.toContain(keyOf(page));
          expect(linked.filter((record) => record.draft)).toEqual([]);
          expect(new Set(linked.map(keyOf)).size).toBe(linked.length);
          expect(deepDive.length).toBeLessThanOrEqual(relatedDefaults.deepDiveLimit);
          expect(more.length).toBeLessThanOrEqual(relatedDefaults.moreLimit);
          expect(more.filter((record) => record.collection === page.collection)).toEqual([]);
        }
      }),
    );
  });

  it('puts published manual entries first, in the order the editor wrote them', () => {
    fc.assert(
      fc.property(libraryArbitrary, (records) => {
        const index = createRelatedIndex(records);
        const byKey = new Map(records.map((record) => [keyOf(record), record]));
        for (const page of records) {
          const manual = [...new Set(page.related.map(keyOf))].filter(
            (key) => key !== keyOf(page) && !byKey.get(key)!.draft,
          );
          const expected = manual.slice(0, relatedDefaults.deepDiveLimit);
          expect(index.getRelated(page).deepDive.slice(0, expected.length).map(keyOf)).toEqual(expected);
        }
      }),
    );
  });

  it('gives the same answer whatever order the records arrive in', () => {
    fc.assert(
      fc.property(
        libraryArbitrary.chain((records) =>
          fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length })),
        ),
        ([records, shuffled]) => {
          const a = createRelatedIndex(records);
          const b = createRelatedIndex(shuffled);
          for (const page of records) {
            const left = a.getRelated(page);
            const right = b.getRelated(page);
            expect(right.deepDive.map(keyOf)).toEqual(left.deepDive.map(keyOf));
            expect(right.more.map(keyOf)).toEqual(left.more.map(keyOf));
          }
        },
      ),
    );
  });
});
