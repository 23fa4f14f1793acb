import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDiagramFences, getSourceFormat, readCaption } from '~/lib/diagrams/extract';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/diagrams/${name}`, import.meta.url), 'utf8');

describe('findDiagramFences', () => {
  it('reports the line of each opening fence, counting the frontmatter', () => {
    const fences = findDiagramFences(fixture('broken/bad-arrow.mdx'), 'mdx');
    expect(fences.map((f) => f.line)).toEqual([10, 17]);
    expect(fences[1]!.source).toBe('flowchart TD\n  A[Inbound lead] --> B[Qualified meeting]\n  B -->');
  });

  it('finds fences nested in lists and tilde fences, with the list indent removed', () => {
    const fences = findDiagramFences(fixture('good/plan.mdx'), 'mdx');
    expect(fences.map((f) => [f.line, f.caption])).toEqual([
      [11, 'Three phases of the plan'],
      [16, undefined],
    ]);
    expect(fences[0]!.source).toBe(fences[1]!.source);
  });

  it('ignores other languages and fence-like text inside other code', () => {
    const text = ['```js', 'const a = "```mermaid";', '```', '', '```Mermaid', 'graph TD', '  A-->B', '```', ''].join(
      '\n',
    );
    expect(findDiagramFences(text, 'markdown')).toEqual([{ source: 'graph TD\n  A-->B', line: 5, caption: undefined }]);
  });

  it('throws on MDX that does not parse, so the caller can leave the report to Astro', () => {
    expect(() => findDiagramFences('# Title\n\n<Unclosed\n', 'mdx')).toThrow();
  });
});

describe('readCaption', () => {
  it.each([
    ['caption="Deal stages"', 'Deal stages'],
    ["caption='Deal stages' other=1", 'Deal stages'],
    ['title="x"', undefined],
    ['caption=""', undefined],
    [null, undefined],
  ])('%s -> %s', (meta, expected) => {
    expect(readCaption(meta)).toBe(expected);
  });
});

describe('getSourceFormat', () => {
  it.each([
    ['a.md', 'markdown'],
    ['a.mdx', 'mdx'],
    ['a.markdown', 'markdown'],
    ['a.astro', undefined],
  ])('%s -> %s', (file, expected) => {
    expect(getSourceFormat(file)).toBe(expected);
  });
});
