import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { BenchResult } from '../../bench/bench.ts';
import { formatComparison } from '../../bench/compare.ts';
import { readRuns } from '../../bench/table.ts';

// Real runs: the 1,000-page Pulse and bare Astro builds of 2026-12-03.
const [bare, pulse] = readRuns([readFileSync(new URL('../../bench/results/2026-12-03.jsonl', import.meta.url), 'utf8')])
  .filter((run) => run.pages === 1000)
  .sort((a, b) => a.bench.localeCompare(b.bench)) as [BenchResult, BenchResult];
// A Starlight run that took half Pulse's time and memory, to check the ratios' direction.
const starlight: BenchResult = {
  ...bare,
  bench: 'starlight',
  buildSeconds: pulse.buildSeconds / 2,
  cpuSeconds: pulse.cpuSeconds / 2,
  peakRssMB: pulse.peakRssMB / 2,
};

test("prints each figure for the three builds and Pulse's ratio to each yardstick", () => {
  const [header, separator, build, cpu, rss] = formatComparison({ pulse, starlight, bare }).split('\n');
  expect(header).toBe('| 1000 pages | Pulse | Starlight | bare Astro | Pulse / Starlight | Pulse / bare |');
  expect(separator).toBe('| --- | --- | --- | --- | --- | --- |');
  // 22.87 s against 7.23 s for bare Astro (bench/results/2026-12-03.jsonl): 3.16 times.
  expect(build).toBe('| build s (wall) | 22.9 | 11.4 | 7.2 | 2.00 | 3.16 |');
  expect(cpu).toMatch(/^\| CPU s \| 28\.5 \| .* \| 8\.3 \| 2\.00 \| 3\.46 \|$/);
  expect(rss).toMatch(/^\| peak RSS GB \| 1\.26 \| 0\.63 \| 0\.71 \| 2\.00 \| 1\.78 \|$/);
});
