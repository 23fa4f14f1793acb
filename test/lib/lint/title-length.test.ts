import { describe, expect, it } from 'vitest';
import type { ArticleModel } from '~/lib/article';
import { checkTitleLength } from '~/lib/lint/title-length';
import { fitPageTitle, listTitleCandidates } from '~/lib/page-title';
import { makeDoc } from './fixtures';

const model = (title: string, collection = 'guides', industry?: string) =>
  ({ title, collection, industry }) as unknown as ArticleModel;

describe('the page title', () => {
  it('adds " · Pulse" when it fits in 70 characters, else writes the title alone', () => {
    expect(fitPageTitle(['What is pipeline coverage?'])).toEqual({
      title: 'What is pipeline coverage? · Pulse',
      fits: true,
    });
    const seventy = 'N'.repeat(70);
    expect(fitPageTitle([seventy])).toEqual({ title: seventy, fits: true });
    expect(fitPageTitle(['N'.repeat(71)]).fits).toBe(false);
  });

  it('lets an industry page fall back to a shorter name', () => {
    const long = 'What are the key sales KPIs for Specialty Building Materials Distribution in 2027?';
    expect(
      listTitleCandidates({
        title: long,
        collection: 'industries',
        industry: 'Specialty Building Materials Distribution',
      }),
    ).toEqual([
      long,
      'Sales KPIs for Specialty Building Materials Distribution',
      'Specialty Building Materials Distribution sales KPIs',
    ]);
  });
});

describe('checkTitleLength', () => {
  const title = 'How much does a fractional CRO cost a Series A software company in Boulder, Colorado?';
  const doc = makeDoc('guide', 'x', `---\ndescription: d\ntitle: ${title}\n---\n`);

  it('warns on the title’s line with what the <title> would be', () => {
    expect(checkTitleLength(doc, model(title))).toEqual([
      {
        file: 'content/guides/x.md',
        line: 3,
        field: 'title',
        severity: 'warning',
        rule: 'title',
        message: `the page's <title> would be "${title}", 85 characters, and search results and the browser tab show 70: shorten title to 70 characters or fewer (62 keeps " · Pulse").`,
      },
    ]);
  });

  it('passes a long industry title whose short name fits', () => {
    expect(checkTitleLength(doc, model(title, 'industries', 'Pest Control'))).toEqual([]);
  });
});
