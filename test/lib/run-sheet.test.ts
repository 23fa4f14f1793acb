import { describe, expect, it } from 'vitest';
import { buildRunSheet, formatOffset } from '~/lib/run-sheet';

describe('formatOffset', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [25, '0:25'],
    [60, '1:00'],
    [125, '2:05'],
  ])('writes %i minutes as %s', (minutes, expected) => {
    expect(formatOffset(minutes)).toBe(expected);
  });

  it('refuses what is not a whole number of minutes from zero', () => {
    expect(() => formatOffset(-5)).toThrow(/whole minutes from zero up, not -5/);
    expect(() => formatOffset(2.5)).toThrow(RangeError);
  });
});

describe('buildRunSheet', () => {
  it('starts each segment where the one before ended', () => {
    // The agenda of content/trainings/executive-sponsor-program-reboot.md: 6 + 14 + 8 + 10 + 12 + 10.
    const agenda = [6, 14, 8, 10, 12, 10].map((minutes, i) => ({ title: `segment ${i + 1}`, minutes }));
    const sheet = buildRunSheet(agenda);
    expect(sheet.rows.map((row) => row.start)).toEqual(['0:00', '0:06', '0:20', '0:28', '0:38', '0:50']);
    expect(sheet.rows.map((row) => row.end)).toEqual(['0:06', '0:20', '0:28', '0:38', '0:50', '1:00']);
    expect(sheet.rows.map((row) => row.startMinute)).toEqual([0, 6, 20, 28, 38, 50]);
    expect(sheet.totalMinutes).toBe(60);
    expect(sheet.end).toBe('1:00');
  });

  it('keeps every field of the segment it times', () => {
    const sheet = buildRunSheet([{ title: 'Why coverage', kind: 'talk', minutes: 10 }]);
    expect(sheet.rows[0]).toEqual({
      title: 'Why coverage',
      kind: 'talk',
      minutes: 10,
      startMinute: 0,
      start: '0:00',
      end: '0:10',
    });
  });

  it('runs past the hour for a longer plan', () => {
    const sheet = buildRunSheet([{ minutes: 45 }, { minutes: 30 }, { minutes: 15 }]);
    expect(sheet.rows.map((row) => row.start)).toEqual(['0:00', '0:45', '1:15']);
    expect(sheet.end).toBe('1:30');
  });

  it('gives an empty agenda an empty sheet that ends where it starts', () => {
    expect(buildRunSheet([])).toEqual({ rows: [], totalMinutes: 0, end: '0:00' });
  });
});
