import { describe, expect, it } from 'vitest';
import { memoryLine } from '../../bench/memory-log.ts';

describe('memoryLine', () => {
  it('gives the clock time and each figure in whole MB, tab-separated', () => {
    const usage = {
      rss: 3_374_000_000,
      heapTotal: 1_600_000_000,
      heapUsed: 1_551_892_480,
      external: 48_234_496,
      arrayBuffers: 1_048_575,
    };
    expect(memoryLine(new Date('2026-12-07T05:09:44.400Z'), usage)).toBe('05:09:44\t3218\t1526\t1480\t46\t1\n');
  });
});
