import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatTables, readRuns } from '../../bench/table.ts';

const raw = readFileSync(new URL('../../bench/results/2026-12-03.jsonl', import.meta.url), 'utf8');

describe('bench tables', () => {
  it('starts every table with a header row as wide as its rows', () => {
    const tables = formatTables(readRuns([raw], '1-7')).split('\n\n');
    expect(tables.map((lines) => lines.split('\n')[0]!.split(' | ')[0])).toEqual([
      '| run',
      '| run',
      '| run',
      '| pages',
    ]);
    for (const lines of tables) {
      const [header, separator, ...rows] = lines.split('\n');
      const width = (line: string) => line.split(' | ').length;
      expect(separator).toMatch(/^\| --- (\| --- )*\|$/);
      expect(width(separator!)).toBe(width(header!));
      expect(rows.length).toBeGreaterThan(0);
      for (const line of rows) expect(width(line)).toBe(width(header!));
    }
  });

  it('prints runs by size, bare Astro before warm before cold', () => {
    const build = formatTables(readRuns([raw], '1-7'))
      .split('\n\n')[0]!
      .split('\n')
      .slice(2);
    expect(build.map((line) => line.split(' | ').slice(0, 2).join(' | '))).toEqual([
      '| bare Astro | 1000',
      '| Pulse, warm | 1000',
      '| bare Astro | 5000',
      '| Pulse, warm | 5000',
      '| bare Astro | 10000',
      '| Pulse, warm | 10000',
      '| Pulse, cold | 10000',
    ]);
  });

  it('selects runs by number over every file, skipping lines that are not JSON', () => {
    const banner = '> pulse@0.1.0 bench\n';
    expect(readRuns([banner + raw]).length).toBe(raw.split('\n').filter((line) => line.startsWith('{')).length);
    const all = readRuns([raw]);
    // The second file's runs are numbered after the first's.
    expect(readRuns([raw, raw], `2-3,${all.length + 1}`)).toEqual([all[1], all[2], all[0]]);
    expect(() => readRuns([raw], 'first')).toThrow('--runs takes numbers and ranges such as 1-7,9, not "first"');
  });
});
