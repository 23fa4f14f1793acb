import { describe, expect, it } from 'vitest';
import { getBuildDate, getPageToday, listPageDates } from '~/lib/build-date';

const clock = () => new Date('2030-01-01T00:00:00Z');
const noGit = () => {
  throw new Error('not a git repository');
};

describe('getBuildDate', () => {
  it('prefers SOURCE_DATE_EPOCH', () => {
    expect(getBuildDate({ SOURCE_DATE_EPOCH: '1795000000' }, () => '1700000000\n', clock).toISOString()).toBe(
      '2026-11-18T11:06:40.000Z',
    );
  });

  it("uses the commit's date when no epoch is pinned", () => {
    expect(getBuildDate({}, () => '1700000000\n', clock).toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });

  it('ignores a malformed epoch and falls back to the clock without git', () => {
    expect(getBuildDate({ SOURCE_DATE_EPOCH: 'yesterday' }, noGit, clock)).toEqual(clock());
  });
});

describe('getPageToday', () => {
  const day = (text: string) => new Date(`${text}T00:00:00Z`);
  const commit = day('2026-12-01');
  const clock = day('2026-12-06');

  it.each([
    ['a page dated before the commit keeps the commit date', ['2026-11-20'], '2026-12-01'],
    // `npm run new` writes today's date into a page not yet committed: not "in the future".
    ['a page dated today, after the last commit, is measured from its own date', ['2026-12-06'], '2026-12-06'],
    ['the latest of its dates that has come counts', ['2026-12-03', '2026-12-05', '2026-11-01'], '2026-12-05'],
    ['a date after the clock is still in the future', ['2027-01-10'], '2026-12-01'],
    ['a page without dates keeps the commit date', [], '2026-12-01'],
  ])('%s', (_, dates, expected) => {
    expect(getPageToday(commit, dates.map(day), clock)).toEqual(day(expected));
  });
});

describe('listPageDates', () => {
  it('reads published, updated and each source’s accessed, as text or dates', () => {
    expect(
      listPageDates({
        published: '2026-01-02',
        updated: new Date('2026-03-04T00:00:00Z'),
        sources: [{ accessed: '2026-02-03' }, { accessed: 'not a date' }, {}],
      }).map((date) => date.toISOString().slice(0, 10)),
    ).toEqual(['2026-01-02', '2026-03-04', '2026-02-03']);
  });
});
