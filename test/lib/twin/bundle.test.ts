import { describe, expect, it } from 'vitest';
import { batches, decodeTwins, encodeTwins } from '~/lib/twin/bundle';

describe('the twin bundle', () => {
  it('carries twins through one line each, in order, whatever their text', () => {
    const twins = [
      { path: 'library/a.md', markdown: '# A\n\nLine one\nline "two" \\ \u2028 done\n' },
      { path: 'industries/b.md', markdown: '' },
    ];
    const text = encodeTwins(twins);
    expect(text.split('\n')).toHaveLength(3);
    expect(decodeTwins(text, 'b.ndjson')).toEqual(twins);
  });

  it.each([
    ['{"path":"library/a.md"', 'b.ndjson:1: not a JSON line'],
    ['{"path":"/etc/a.md","markdown":""}', 'path "/etc/a.md" is not a .md file inside the site'],
    ['{"path":"library/../../a.md","markdown":""}', 'is not a .md file inside the site'],
    ['{"path":"library//a.md","markdown":""}', 'is not a .md file inside the site'],
    ['{"path":"library\\\\a.md","markdown":""}', 'is not a .md file inside the site'],
    ['{"path":"library/a.html","markdown":""}', 'is not a .md file inside the site'],
    ['null', 'path undefined is not a .md file inside the site'],
    ['{"path":"library/a.md","markdown":3}', 'library/a.md has no Markdown'],
  ])('refuses %s', (line, message) => {
    expect(() => decodeTwins(`${line}\n`, 'b.ndjson')).toThrow(message);
  });

  it('refuses a twin written twice, naming the second line', () => {
    const line = encodeTwins([{ path: 'library/a.md', markdown: 'x' }]);
    expect(() => decodeTwins(line + line, 'b.ndjson')).toThrow('b.ndjson:2: library/a.md is in the batches twice');
  });

  it('batches a list in order, the last batch holding the rest', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 2)).toEqual([]);
    expect(batches(Array.from({ length: 251 }, (_, i) => i)).map((batch) => batch.length)).toEqual([250, 1]);
  });
});
