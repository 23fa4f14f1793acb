import { describe, expect, it } from 'vitest';
import { collectTopics, pickLabel, slugify, TopicError, type TermSource } from '~/lib/topics';

describe('slugify', () => {
  it.each([
    ['fractional cro', 'fractional-cro'],
    ['Fractional CRO cost', 'fractional-cro-cost'],
    ['  Sales & Marketing  ', 'sales-and-marketing'],
    ['Café naïve', 'cafe-naive'],
    ['B2B SaaS (2027)', 'b2b-saas-2027'],
    ['--already--slugged--', 'already-slugged'],
    ['!!!', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

function source(file: string, tags: string[], searchTerms: string[] = []): TermSource<string> {
  return {
    file,
    entry: file,
    terms: [
      { field: 'tags', values: tags },
      { field: 'searchTerms', values: searchTerms },
    ],
  };
}

describe('collectTopics', () => {
  const topics = collectTopics([
    source('a.mdx', ['fractional cro', 'healthtech'], ['Fractional CRO', 'fractional cro cost']),
    source('b.mdx', ['fractional cro', 'pricing'], ['fractional cro cost']),
    source('c.md', ['healthtech', 'telehealth']),
  ]);

  it('merges spellings into one slug and counts each entry once', () => {
    const cro = topics.find((topic) => topic.slug === 'fractional-cro');
    expect(cro).toEqual({ slug: 'fractional-cro', label: 'fractional cro', count: 2, entries: ['a.mdx', 'b.mdx'] });
  });

  it('sorts by count, then label', () => {
    expect(topics.map((topic) => `${topic.slug}:${topic.count}`)).toEqual([
      'fractional-cro:2',
      'fractional-cro-cost:2',
      'healthtech:2',
      'pricing:1',
      'telehealth:1',
    ]);
  });

  it('labels a topic with its most used spelling', () => {
    const result = collectTopics([source('a', ['Pipeline']), source('b', ['pipeline']), source('c', ['pipeline'])]);
    expect(result[0]?.label).toBe('pipeline');
  });

  it('names the file and field of a term that cannot become an address', () => {
    expect(() => collectTopics([source('content/guides/x.mdx', ['ok', '???'])])).toThrow(TopicError);
    expect(() => collectTopics([source('content/guides/x.mdx', ['ok', '???'])])).toThrow(
      'content/guides/x.mdx: tags[1] "???" has no letters or digits',
    );
  });

  it('returns nothing for no entries', () => {
    expect(collectTopics([])).toEqual([]);
  });
});

describe('pickLabel', () => {
  const spellings = (...pairs: [string, number][]) => new Map(pairs);
  it.each([
    [spellings(['pipeline', 2], ['Pipeline', 1]), 'pipeline'],
    [spellings(['Pipeline', 1], ['pipeline', 1]), 'Pipeline'],
    // A slug-shaped tag gives way to the phrase a search term spells out, even when more common.
    [spellings(['fractional-cro', 3], ['fractional cro', 1]), 'fractional cro'],
    [spellings(['revenue-operations', 1]), 'revenue operations'],
    [spellings(['b2b', 1]), 'b2b'],
  ])('%o → %s', (input, label) => {
    expect(pickLabel(input)).toBe(label);
  });
});
