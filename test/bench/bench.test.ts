/**
 * The build-performance regression check: builds ~200 synthetic pages of Pulse and, in
 * the same run, the same number of plain Markdown pages with bare Astro and with Starlight,
 * then fails when what Pulse's pages weigh, its JavaScript on calculator-free pages, its
 * first search, its memory next to bare Astro or its pages per CPU second next to
 * Starlight's passes the limits in thresholds.json. That one speed ratio is enforced with
 * a floor below every run measured, quiet or with both cores busy, by more than their
 * spread, so machine load cannot decide it; the wall-clock ratios, and the CPU ratio to
 * bare Astro's few seconds, are printed only. Judge speed closely with
 * `npm run bench -- compare` on a quiet machine. Run alone: `npx vitest run test/bench`.
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
  let starlight: BenchResult;

  beforeAll(async () => {
    // Bare builds on both sides of the Pulse build, so load that comes or goes mid-run
    // weighs on the baseline as much as on Pulse.
    const before = await runBench({ ...base, bare: true, query: null });
    pulse = await runBench(base);
    const after = await runBench({ ...base, bare: true, query: null });
    bare = [before, after];
    // The peer a reader would pick instead, on the same prose (about 7 s at this size).
    starlight = await runBench({ ...base, starlight: true, query: null });
    log(`pulse ${JSON.stringify(pulse)}`);
    log(`bare ${JSON.stringify(bare)}`);
    log(`starlight ${JSON.stringify(starlight)}`);
  }, 360_000);

  test('every enforced figure is within its threshold; the rest of speed is reported', () => {
    const report = checkThresholds(pulse, bare, thresholds, starlight);
    for (const line of report) {
      const verdict = line.reportOnly ? 'info' : line.ok ? 'ok  ' : 'FAIL';
      log(`${verdict} ${line.name}: ${line.measured} (${line.reportOnly ? 'floor' : 'limit'} ${line.limit})`);
    }
    expect(report.filter((line) => !line.ok && !line.reportOnly)).toEqual([]);
  });

  test('the synthetic library was built in full', () => {
    expect(pulse.library?.industries ?? 0).toBeGreaterThan(0);
    expect(pulse.library?.guides ?? 0).toBeGreaterThan(0);
    // Every content page, plus the KPI, topic, tool and index pages.
    expect(pulse.htmlFiles).toBeGreaterThan(thresholds.pages);
    expect(pulse.diagrams.svgInDist).toBeGreaterThanOrEqual(pulse.diagrams.pagesWithFence);
  });
});
