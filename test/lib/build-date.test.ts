import { describe, expect, it } from 'vitest';
import { getBuildDate } from '~/lib/build-date';

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
