import { afterEach, describe, expect, it } from 'vitest';
import { parseContentFile, readFields } from '~/lib/markdown/content-file';
import { calendarDate } from '~/schemas/dates';
import { guideSchema } from '~/schemas/guide';
import { cleanGuide, makeMistakeCorpus, type MistakeCorpus } from '../lib/mistake-corpus';
import { context, describeIssues } from './helpers';

const published = calendarDate('published', 'First publication date.');

describe('calendarDate', () => {
  it.each([
    ['2026-02-28', '2026-02-28T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2026-12-31', '2026-12-31T00:00:00.000Z'],
  ])('reads %s as that day, UTC', (text, iso) => {
    expect(published.parse(text).toISOString()).toBe(iso);
  });

  it.each(['2026-02-30', '2026-13-45', '2025-02-29', '2026-4-1', '1 April 2026'])(
    'refuses %s instead of rolling it over',
    (text) => {
      expect(published.safeParse(text).error?.issues.map((issue) => issue.message)).toEqual([
        `published must be a real day written YYYY-MM-DD, such as 2026-03-14: "${text}" is not one.`,
      ]);
    },
  );

  it('refuses a value that is not text, such as an already-parsed (maybe rolled-over) date', () => {
    expect(published.safeParse(new Date('2026-03-02')).error?.issues.map((issue) => issue.message)).toEqual([
      'published must be a real day written YYYY-MM-DD, such as 2026-03-14, in the frontmatter as written.',
    ]);
  });
});

describe('an impossible date in a page', () => {
  let corpus: MistakeCorpus;
  afterEach(() => corpus.remove());

  it.each([
    ['published: 2026-03-02', 'published: 2026-02-30', 'published', '2026-02-30'],
    ['published: 2026-03-02', 'published: 2026-13-45', 'published', '2026-13-45'],
    ['accessed: 2026-02-10', 'accessed: 2026-02-30', 'sources[2].accessed', '2026-02-30'],
  ])('%s → %s fails the lint and the schema the build runs', (from, to, field, day) => {
    corpus = makeMistakeCorpus();
    corpus.edit(cleanGuide, from, to);
    const text = corpus.read(cleanGuide);
    const line = text.split('\n').findIndex((l) => l.includes(to)) + 1;
    const problems = corpus.lint().filter((p) => p.includes(day));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^content/guides/fractional-cro-cost-denver\\.mdx:${line} ${field.replace(/[[\]]/g, '\\$&')} error: `),
    );
    const message = `${field.replace(/\[\d+\]/, '[]')} must be a real day written YYYY-MM-DD, such as 2026-03-14: "${day}" is not one.`;
    expect(problems[0]).toContain(message);
    // The build's loader hands the schema the fields as readFields reads them (src/content.config.ts).
    const fields = readFields(parseContentFile(text, 'mdx'));
    expect(describeIssues(guideSchema(context).safeParse(fields))).toContain(
      `${field.replace('[2]', '.1')}: ${message}`,
    );
  });
});
