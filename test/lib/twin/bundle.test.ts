import { describe, expect, it } from 'vitest';
import { decodeTwins, encodeTwins } from '~/lib/twin/bundle';

describe('the twin bundle', () => {
  it('carries twins through one line each, in order, whatever their text', () => {
    const twins = [
      { path: 'library/a.md', markdown: '# A\n\nLine one\nline "two" \\ \u2028 done\n' },
      { path: 'industries/b.md', markdown: '' },
    ];
    const text = encodeTwins(twins);
    expect(text.split('\n')).toHaveLength(3);
    expect(decodeTwins(text)).toEqual(twins);
  });

  it.each([
    ['{"path":"library/a.md"', 'pulse-twins.ndjson:1: not a JSON line'],
    ['{"path":"/etc/a.md","markdown":""}', 'path "/etc/a.md" is not a .md file inside the site'],
    ['{"path":"library/../../a.md","markdown":""}', 'is not a .md file inside the site'],
    ['{"path":"library//a.md","markdown":""}', 'is not a .md file inside the site'],
    ['{"path":"library\\\\a.md","markdown":""}', 'is not a .md file inside the site'],
    ['{"path":"library/a.html","markdown":""}', 'is not a .md file inside the site'],
    ['null', 'path undefined is not a .md file inside the site'],
    ['{"path":"library/a.md","markdown":3}', 'library/a.md has no Markdown'],
  ])('refuses %s', (line, message) => {
    expect(() => decodeTwins(`${line}\n`)).toThrow(message);
  });

  it('refuses a twin written twice, naming the second line', () => {
    const line = encodeTwins([{ path: 'library/a.md', markdown: 'x' }]);
    expect(() => decodeTwins(line + line, 'dist/pulse-twins.ndjson')).toThrow(
      'dist/pulse-twins.ndjson:2: library/a.md is in the bundle twice',
    );
  });
});
