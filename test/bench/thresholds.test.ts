/** The rule the CI bench check applies, on made-up runs: ratios to bare Astro, bytes in absolute. */
import { describe, expect, test } from 'vitest';
import type { BenchResult } from '../../bench/bench.ts';
import { checkThresholds, type Thresholds } from '../../bench/thresholds.ts';

const spread = (median: number, max: number) => ({ median, max });

function makeResult(overrides: Partial<BenchResult>): BenchResult {
  return {
    bench: 'pulse',
    pages: 200,
    library: null,
    htmlFiles: 250,
    buildSeconds: 20,
    astroSeconds: 20,
    pagefindSeconds: null,
    pagefindPeakRssMB: null,
    pagefindRunBy: 'project',
    phases: { diagrams: null, contentSync: null, bundle: null, generatePages: null, searchIndex: null },
    pagesPerSecond: 10,
    cpuSeconds: 20,
    astroCpuSeconds: 20,
    pagefindCpuSeconds: null,
    peakRssMB: 1000,
    peakRssLargestProcessMB: 900,
    peakRssByCommandMB: {},
    bytesPerPageGzip: {
      html: spread(5000, 9000),
      css: spread(3000, 5000),
      js: spread(0, 4000),
      total: spread(8000, 14000),
    },
    heaviestPage: '/index.html',
    pagesWithCalculator: 7,
    pagesWithoutCalculatorShippingJs: 0,
    jsWithoutCalculator: spread(0, 0),
    pagefindIndexBytes: 1,
    pagefindRuntimeBytes: 1,
    firstSearch: { query: 'q', bytes: 100_000, requests: 10, results: 5, byKind: {} },
    diagrams: { pagesWithFence: 0, svgInDist: 0, rendered: 0, cached: 0 },
    machine: { cores: 2, memoryGB: 8, node: 'v24' },
    generateSeconds: 1,
    ...overrides,
  };
}

const limits: Thresholds = {
  pages: 200,
  minWallSpeedRatio: 0.5,
  minCpuSpeedRatio: 0.5,
  minStarlightWallSpeedRatio: 0.5,
  minStarlightCpuSpeedRatio: 0.5,
  maxRssRatio: 2,
  bytesPerPage: {
    html: spread(6000, 10000),
    css: spread(4000, 6000),
    js: spread(1000, 8000),
    total: spread(9000, 15000),
  },
  maxPagesWithoutCalculatorShippingJs: 0,
  maxJsBytesWithoutCalculator: 0,
  maxFirstSearchBytes: 150_000,
};

// Bare runs at 20 and 30 pages/s average 25: Pulse at 10 pages/s is a ratio of 0.4.
const bare = [
  makeResult({ bench: 'bare', pagesPerSecond: 20, cpuSeconds: 10, peakRssMB: 500 }),
  makeResult({ bench: 'bare', pagesPerSecond: 30, cpuSeconds: 10, peakRssMB: 500 }),
];
const failing = (pulse: BenchResult) =>
  checkThresholds(pulse, bare, limits)
    .filter((line) => !line.ok)
    .map((line) => line.name);

describe('checkThresholds', () => {
  test('compares speed with the mean of the bare runs', () => {
    expect(failing(makeResult({ pagesPerSecond: 10 }))).toContain('pages/s vs bare Astro (wall)');
    expect(failing(makeResult({ pagesPerSecond: 12.5 }))).not.toContain('pages/s vs bare Astro (wall)');
  });

  test('judges pages per CPU second and memory as ratios too', () => {
    // Bare: 200 pages / 10 CPU-s = 20; Pulse at 50 CPU-s is 4 pages per CPU-s, a ratio of 0.2.
    expect(failing(makeResult({ pagesPerSecond: 20, cpuSeconds: 50 }))).toEqual(['pages per CPU second vs bare Astro']);
    expect(failing(makeResult({ pagesPerSecond: 20, peakRssMB: 1001 }))).toEqual(['peak RSS vs bare Astro']);
  });

  test('holds page weight and the first search to absolute bytes', () => {
    const heavy = makeResult({
      pagesPerSecond: 20,
      bytesPerPageGzip: {
        html: spread(6001, 9000),
        css: spread(3000, 5000),
        js: spread(0, 8001),
        total: spread(8000, 14000),
      },
      pagesWithoutCalculatorShippingJs: 1,
      jsWithoutCalculator: spread(0, 1400),
      firstSearch: null,
    });
    expect(failing(heavy)).toEqual([
      'html bytes per page (median, gzip)',
      'js bytes per page (max, gzip)',
      'pages without a calculator that ship JS',
      'JS bytes on a page without a calculator (max, gzip)',
      'first search query bytes',
    ]);
  });

  test('marks the wall-clock and bare Astro ratios report-only, so npm test prints them without failing on them', () => {
    const starlight = makeResult({ bench: 'starlight', pagesPerSecond: 16, cpuSeconds: 8 });
    const reportOnly = checkThresholds(makeResult({ pagesPerSecond: 10 }), bare, limits, starlight)
      .filter((line) => line.reportOnly)
      .map((line) => line.name);
    expect(reportOnly).toEqual([
      'pages/s vs bare Astro (wall)',
      'pages per CPU second vs bare Astro',
      'pages/s vs Starlight (wall)',
    ]);
  });

  test('enforces pages per CPU second against a Starlight run of the same prose', () => {
    // Starlight: 16 pages/s, 200 pages in 8 CPU-s (25 a CPU-s); Pulse: 10 pages/s, 200 in 20 CPU-s (10).
    const starlight = makeResult({ bench: 'starlight', pagesPerSecond: 16, cpuSeconds: 8 });
    const lines = checkThresholds(makeResult({ pagesPerSecond: 10 }), bare, limits, starlight).slice(3, 5);
    expect(lines).toEqual([
      { name: 'pages/s vs Starlight (wall)', measured: 0.625, limit: 0.5, ok: true, reportOnly: true },
      { name: 'pages per CPU second vs Starlight', measured: 0.4, limit: 0.5, ok: false },
    ]);
    // Pulse at 12.5 pages per CPU second (16 CPU-s) is half Starlight's: on the floor, so it passes.
    const atFloor = checkThresholds(makeResult({ pagesPerSecond: 20, cpuSeconds: 16 }), bare, limits, starlight);
    expect(atFloor.filter((line) => !line.ok).map((line) => line.name)).toEqual([]);
    expect(checkThresholds(makeResult({}), bare, limits).map((line) => line.name)).not.toContain(
      'pages/s vs Starlight (wall)',
    );
  });

  test('passes a run inside every limit', () => {
    expect(failing(makeResult({ pagesPerSecond: 20 }))).toEqual([]);
  });
});
