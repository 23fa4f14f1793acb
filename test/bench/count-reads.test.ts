import { describe, expect, it } from 'vitest';
import { countRead, sumReads, toReadPath } from '../../bench/count-reads.ts';

const cwd = '/project';
const root = '/project/content/';

describe('countRead', () => {
  it('counts reads under content/ by their path there, however the path is given', () => {
    const counts = new Map<string, number>();
    countRead(counts, '/project/content/guides/a.mdx', root, cwd);
    countRead(counts, 'content/guides/a.mdx', root, cwd);
    countRead(counts, new URL('file:///project/content/guides/a.mdx'), root, cwd);
    countRead(counts, Buffer.from('/project/content/kpis/win-rate.yaml'), root, cwd);
    countRead(counts, '/project/src/../content/kpis/win-rate.yaml', root, cwd);
    expect(Object.fromEntries(counts)).toEqual({ 'guides/a.mdx': 3, 'kpis/win-rate.yaml': 2 });
  });

  it('ignores reads outside content/ and reads without a path', () => {
    const counts = new Map<string, number>();
    countRead(counts, '/project/src/content.config.ts', root, cwd);
    countRead(counts, '/project/content-old/a.md', root, cwd);
    countRead(counts, 7, root, cwd);
    countRead(counts, new URL('https://example.org/content/a.md'), root, cwd);
    expect(counts.size).toBe(0);
    expect(toReadPath(7, cwd)).toBeUndefined();
  });
});

describe('sumReads', () => {
  it('adds each file up over processes and says how many processes read it', () => {
    expect(
      sumReads([
        { argv: ['astro', 'build'], counts: { 'guides/a.mdx': 2, 'kpis/k.yaml': 1 } },
        { argv: ['scripts/search-index.ts'], counts: { 'guides/a.mdx': 1 } },
      ]),
    ).toEqual([
      { file: 'guides/a.mdx', reads: 3, processes: 2 },
      { file: 'kpis/k.yaml', reads: 1, processes: 1 },
    ]);
  });
});
