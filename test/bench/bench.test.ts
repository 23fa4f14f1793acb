/**
 * The build-performance regression check: builds ~200 synthetic pages of Pulse and, in
 * the same run, the same number of plain Markdown pages with bare Astro, then fails when
 * Pulse's speed relative to bare Astro, or what its pages weigh, passes the limits in
 * thresholds.json. Speed is judged as a ratio to the bare build, so a slow or busy CI
 * machine slows both sides alike; page weight is deterministic (seeded text) and judged
 * in absolute bytes. Run alone: `npx vitest run test/bench`.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { defaultOptions, runBench, type BenchResult } from '../../bench/bench.ts';
import { checkThresholds, type Thresholds } from '../../bench/thresholds.ts';

const thresholds = JSON.parse(readFileSync(new URL('./thresholds.json', import.meta.url), 'utf8')) as Thresholds;

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const base = { ...defaultOptions, pages: thresholds.pages, keep: false, log };

describe('build performance at library scale (CI size)', () => {
  let pulse: BenchResult;
  let bare: BenchResult[];

  beforeAll(async () => {
    // Bare builds on both sides of the Pulse build, so load that comes or goes mid-run
    // weighs on the baseline as much as on Pulse.
    const before = await runBench({ ...base, bare: true, query: null });
    pulse = await runBench(base);
    const after = await runBench({ ...base, bare: true, query: null });
    bare = [before, after];
    log(`pulse ${JSON.stringify(pulse)}`);
    log(`bare ${JSON.stringify(bare)}`);
  }, 300_000);

  test('every measured figure is within its threshold', () => {
    const report = checkThresholds(pulse, bare, thresholds);
    for (const line of report) log(`${line.ok ? 'ok  ' : 'FAIL'} ${line.name}: ${line.measured} (limit ${line.limit})`);
    expect(report.filter((line) => !line.ok)).toEqual([]);
  });

  test('the synthetic library was built in full', () => {
    expect(pulse.library?.industries ?? 0).toBeGreaterThan(0);
    expect(pulse.library?.guides ?? 0).toBeGreaterThan(0);
    // Every content page, plus the KPI, topic, tool and index pages.
    expect(pulse.htmlFiles).toBeGreaterThan(thresholds.pages);
    expect(pulse.diagrams.svgInDist).toBeGreaterThanOrEqual(pulse.diagrams.pagesWithFence);
  });
});
