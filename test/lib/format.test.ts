import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, fitTitle, pluralize, toIsoDate } from '~/lib/format';

describe('dates', () => {
  // Frontmatter "2026-05-22" parses to UTC midnight; a local-time formatter west of UTC would say May 21.
  const published = new Date('2026-05-22');
  it('formats the calendar day the editor wrote', () => {
    expect(formatDate(published)).toBe('May 22, 2026');
    expect(toIsoDate(published)).toBe('2026-05-22');
  });
});

describe('counts', () => {
  it('groups thousands and pluralises', () => {
    expect(formatCount(1588)).toBe('1,588');
    expect(pluralize(1, 'KPI')).toBe('1 KPI');
    expect(pluralize(9, 'KPI')).toBe('9 KPIs');
    expect(pluralize(2, 'entry', 'entries')).toBe('2 entries');
  });
});

describe('fitTitle', () => {
  it('keeps the first candidate that fits with the suffix', () => {
    expect(fitTitle(['Win rate: definition, formula and benchmarks'], ' · Pulse')).toBe(
      'Win rate: definition, formula and benchmarks · Pulse',
    );
  });
  it('falls back to shorter wording for long names', () => {
    const name = 'Blended customer acquisition cost';
    const title = fitTitle(
      [`${name}: definition, formula and benchmarks`, `${name}: definition and benchmarks`],
      ' · Pulse',
    );
    expect(title).toBe('Blended customer acquisition cost: definition and benchmarks · Pulse');
    expect(title.length).toBeLessThanOrEqual(70);
  });
  it('drops the suffix before cutting the words', () => {
    const question = 'What KPIs should a fractional CRO own at a healthtech company in 2027 and why?';
    expect(fitTitle([question], ' · Pulse')).toBe(question);
  });
});
