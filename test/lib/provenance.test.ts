import { describe, expect, it } from 'vitest';
import {
  explainPlaceholderSource,
  isSourceUsed,
  listCitingTexts,
  listUsableSources,
  resolveBasis,
} from '~/lib/provenance';

const source = (url: string, id?: string) => ({
  ...(id ? { id } : {}),
  title: 'Pipeline coverage benchmarks',
  publisher: 'Some Publisher',
  url,
  accessed: new Date('2026-12-06'),
});

describe('resolveBasis', () => {
  it('looks a source basis up by id, and keeps an editorial basis as written', () => {
    const bls = source('https://www.bls.gov/a', 'bls');
    expect(resolveBasis({ source: 'bls', supports: '3x' }, [bls])).toEqual({
      kind: 'source',
      source: bls,
      supports: '3x',
    });
    expect(resolveBasis({ editorial: 'Judged from the cost guide.' }, [])).toEqual({
      kind: 'editorial',
      text: 'Judged from the cost guide.',
    });
    expect(resolveBasis({ source: 'none', supports: 'x' }, [bls])).toBeUndefined();
  });
});

describe('explainPlaceholderSource', () => {
  it.each([
    'https://example.org/report',
    'https://research.example.com/x',
    'http://localhost:4321/a',
    'https://127.0.0.1/a',
    'https://site.test/a',
  ])('refuses %s', (url) => {
    expect(explainPlaceholderSource({ title: 'Real title', url })).toMatch(/placeholder address/);
  });
  it.each(['TODO: title', 'Source', 'Untitled', 'Lorem ipsum'])('refuses the title %j', (title) => {
    expect(explainPlaceholderSource({ title, url: 'https://www.bls.gov/a' })).toMatch(/placeholder/);
  });
  it('accepts a real address and title', () => {
    expect(explainPlaceholderSource({ title: 'Sales managers', url: 'https://www.bls.gov/ooh/' })).toBeUndefined();
  });
});

describe('which sources count', () => {
  const data = {
    faq: [{ question: 'Q?', answer: 'See [the BLS](https://www.bls.gov/a).' }],
    sources: [source('https://www.census.gov/b')],
  };
  const texts = listCitingTexts(data, [{ href: 'https://www.census.gov/c' }]);

  it('reads citations from the body links and the frontmatter, never from the sources themselves', () => {
    expect(texts).toContain('https://www.census.gov/c');
    expect(texts.some((text) => text.includes('https://www.bls.gov/a'))).toBe(true);
    expect(texts.some((text) => text.includes('https://www.census.gov/b'))).toBe(false);
  });

  it('counts a source named by a basis or linked from the text, and drops placeholders', () => {
    const sources = [
      source('https://www.bls.gov/a'),
      source('https://www.census.gov/c'),
      source('https://www.nsf.gov/d', 'nsf'),
      source('https://www.sba.gov/unused'),
      source('https://example.org/x', 'fake'),
    ];
    const bases = [
      { source: 'nsf', supports: 'x' },
      { source: 'fake', supports: 'y' },
    ];
    expect(isSourceUsed(sources[3]!, bases, texts)).toBe(false);
    expect(listUsableSources(sources, bases, texts).map((s) => s.url)).toEqual([
      'https://www.bls.gov/a',
      'https://www.census.gov/c',
      'https://www.nsf.gov/d',
    ]);
  });
});
