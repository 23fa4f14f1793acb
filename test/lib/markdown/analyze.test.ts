import { describe, expect, it } from 'vitest';
import { analyzeMarkdown, isInternalHref } from '~/lib/markdown/analyze';

describe('analyzeMarkdown', () => {
  const body = [
    'import Calc from "./calc";', // 10
    '',
    '## Why coverage *matters*', // 12
    '',
    'See [a](/kpis/a/) and ![funnel](/images/x.png "t").', // 14
    '',
    '[ref]: /library/b/', // 16
    '',
    '<a href="/industries/c/">c</a> <Card href={"/tools/d/"} />', // 18
    '',
    'Inline `[not](/kpis/code/)` and [ext](https://example.org/). TODO finish', // 20
    '',
    '```mermaid caption="Stages"', // 22
    'flowchart LR',
    '  A --> B',
    '```',
    '',
    '| Stage | Chance |', // 27
    '| --- | --- |',
    '| Proposal | 60% |',
  ].join('\n');
  const facts = analyzeMarkdown(body, 'mdx', 10);

  it('finds links in Markdown, reference definitions and component attributes, on their file lines', () => {
    expect(facts.links.filter((link) => isInternalHref(link.href))).toEqual([
      { line: 14, href: '/kpis/a/' },
      { line: 14, href: '/images/x.png' },
      { line: 16, href: '/library/b/' },
      { line: 18, href: '/industries/c/' },
      { line: 18, href: '/tools/d/' },
    ]);
  });

  it('keeps code, diagrams, imports and tags out of the words a reader reads', () => {
    expect(facts.text).not.toMatch(/import|flowchart|href|Card/);
    expect(facts.text).toContain('Why coverage matters');
    expect(facts.text).toContain('Proposal');
    expect(facts.words).toBe(facts.text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length);
  });

  it('lists headings, fences with their info string, and TODO lines', () => {
    expect(facts.headings).toEqual([{ line: 12, depth: 2, text: 'Why coverage matters' }]);
    expect(facts.fences).toEqual([
      { line: 22, lang: 'mermaid', meta: 'caption="Stages"', value: 'flowchart LR\n  A --> B' },
    ]);
    expect(facts.todoLines).toEqual([20]);
  });

  it('lists MDX elements and components with the attributes written as plain strings, on their file lines', () => {
    expect(facts.components).toEqual([
      { line: 18, name: 'a', attributes: { href: '/industries/c/' } },
      { line: 18, name: 'Card', attributes: { href: '/tools/d/' } },
    ]);
    const calculator = analyzeMarkdown('<NrrGrrCalculator start="$6m" months={12} instance="q3" />', 'mdx');
    expect(calculator.components).toEqual([
      { line: 1, name: 'NrrGrrCalculator', attributes: { start: '$6m', instance: 'q3' } },
    ]);
  });

  it('finds a TODO inside a fenced block on the line it is written', () => {
    expect(analyzeMarkdown('Text\n\n```\nline\nTODO here\n```\n', 'markdown', 5).todoLines).toEqual([9]);
  });

  it('does not take "to-do" or "todo" prose for a marker', () => {
    expect(analyzeMarkdown('Write a to-do list; todo apps help.', 'markdown').todoLines).toEqual([]);
  });

  it('throws on invalid MDX, so callers can report where', () => {
    expect(() => analyzeMarkdown('<Open>\n\ntext', 'mdx')).toThrow();
  });
});
