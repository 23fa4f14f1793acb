import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { analyzeMarkdown } from '~/lib/markdown/analyze';
import { assertBodyFinished, checkNoTodoWhenPublished, findTodoMarkers, hasTodoMarker } from '~/schemas/todo';

describe('TODO markers', () => {
  it.each([
    ['TODO write this', true],
    ['text (TODO: figure)', true],
    ['a to-do list', false],
    ['todo', false],
    ['TODOS', false],
  ])('%s → %s', (text, expected) => {
    expect(hasTodoMarker(text)).toBe(expected);
  });

  it('finds markers anywhere in frontmatter data, with their paths, and in body lines', () => {
    const data = {
      title: 'Fine',
      kpis: [{ measures: 'ok', benchmark: { text: 'TODO target' } }],
      published: new Date(),
    };
    expect(findTodoMarkers(data)).toEqual([{ path: ['kpis', 0, 'benchmark', 'text'], text: 'TODO target' }]);
    expect(analyzeMarkdown('one\n\nTODO two\n\nthree TODO', 'markdown').todoLines).toEqual([3, 5]);
  });

  it('fails a published schema with a message naming the field, and lets a draft through', () => {
    const schema = z.object({ draft: z.boolean(), summary: z.string() }).superRefine(checkNoTodoWhenPublished);
    const result = schema.safeParse({ draft: false, summary: 'TODO' });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['summary'], 'summary still says TODO: write it, or keep draft: true until the page is finished.'],
    ]);
    expect(schema.safeParse({ draft: true, summary: 'TODO' }).success).toBe(true);
  });
});

describe('assertBodyFinished (the build-time check on bodies)', () => {
  it('stops a published entry whose body still says TODO, naming file and line', () => {
    const body = analyzeMarkdown('## Costs\n\nTODO: finish', 'markdown', 12);
    expect(() => assertBodyFinished({ draft: false }, body, 'content/guides/x.mdx')).toThrow(
      'content/guides/x.mdx:14: body still says TODO: write it, or keep draft: true until the page is finished.',
    );
  });

  it('lets drafts and finished bodies through', () => {
    expect(() => assertBodyFinished({ draft: true }, analyzeMarkdown('TODO', 'markdown'), 'x.md')).not.toThrow();
    expect(() => assertBodyFinished({ draft: false }, analyzeMarkdown('Done.', 'markdown'), 'x.md')).not.toThrow();
  });
});
