/**
 * Limits the CI bench check holds a build to, and the comparison itself, kept apart from
 * the test so the rule is readable and testable on its own.
 */
import type { BenchResult } from './bench.ts';

export interface Thresholds {
  /** Content pages each side builds. */
  pages: number;
  /** Pulse's pages per wall-clock second over bare Astro's, at least. */
  minWallSpeedRatio: number;
  /** Pulse's pages per CPU second over bare Astro's, at least (steadier than wall time). */
  minCpuSpeedRatio: number;
  /**
   * Pulse's pages per wall-clock and per CPU second over Starlight's on the same prose,
   * at least: the peer a reader would pick instead. Reported, never enforced, like the
   * bare ratios: a floor is where a run starts to read as a regression.
   */
  minStarlightWallSpeedRatio: number;
  minStarlightCpuSpeedRatio: number;
  /** Pulse's peak RSS over bare Astro's, at most. */
  maxRssRatio: number;
  /** Gzip bytes per page, at most. */
  bytesPerPage: Record<'html' | 'css' | 'js' | 'total', { median: number; max: number }>;
  /** Pages without a calculator (/search/ aside) that load JavaScript up front, at most. */
  maxPagesWithoutCalculatorShippingJs: number;
  /** Gzip JavaScript a page without a calculator loads up front, at most: the target is 0. */
  maxJsBytesWithoutCalculator: number;
  /** Bytes transferred by the first search query, at most. */
  maxFirstSearchBytes: number;
}

export interface ThresholdLine {
  name: string;
  measured: number;
  limit: number;
  ok: boolean;
  /**
   * A speed figure: it moves with whatever else the machine is doing, so `npm test` reports
   * it and never fails on it; judge it with `npm run bench -- compare` on a quiet machine.
   */
  timed?: true;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Compares one Pulse run against the bare runs around it (`bare` is averaged) and, when
 * given, a Starlight run of the same prose.
 */
export function checkThresholds(
  pulse: BenchResult,
  bare: readonly BenchResult[],
  limits: Thresholds,
  starlight?: BenchResult,
): ThresholdLine[] {
  const mean = (pick: (result: BenchResult) => number) =>
    bare.reduce((sum, result) => sum + pick(result), 0) / bare.length;
  const atLeast = (name: string, measured: number, limit: number) => ({
    name,
    measured: round(measured),
    limit,
    ok: measured >= limit,
  });
  const atMost = (name: string, measured: number, limit: number) => ({
    name,
    measured: round(measured),
    limit,
    ok: measured <= limit,
  });
  const pagesPerCpuSecond = (result: BenchResult) => result.pages / result.cpuSeconds;
  /** Pulse's speed as a share of a yardstick's (`of` reads a figure off the yardstick): printed, never a failure. */
  const speedLines = (
    yardstick: string,
    of: (pick: (result: BenchResult) => number) => number,
    limit: { wall: number; cpu: number },
  ): ThresholdLine[] => [
    {
      ...atLeast(`pages/s vs ${yardstick} (wall)`, pulse.pagesPerSecond / of((r) => r.pagesPerSecond), limit.wall),
      timed: true,
    },
    {
      ...atLeast(`pages per CPU second vs ${yardstick}`, pagesPerCpuSecond(pulse) / of(pagesPerCpuSecond), limit.cpu),
      timed: true,
    },
  ];
  const lines: ThresholdLine[] = [
    ...speedLines('bare Astro', mean, { wall: limits.minWallSpeedRatio, cpu: limits.minCpuSpeedRatio }),
    atMost('peak RSS vs bare Astro', pulse.peakRssMB / mean((r) => r.peakRssMB), limits.maxRssRatio),
  ];
  if (starlight) {
    lines.push(
      ...speedLines('Starlight', (pick) => pick(starlight), {
        wall: limits.minStarlightWallSpeedRatio,
        cpu: limits.minStarlightCpuSpeedRatio,
      }),
    );
  }
  for (const kind of ['html', 'css', 'js', 'total'] as const) {
    for (const stat of ['median', 'max'] as const) {
      lines.push(
        atMost(
          `${kind} bytes per page (${stat}, gzip)`,
          pulse.bytesPerPageGzip[kind][stat],
          limits.bytesPerPage[kind][stat],
        ),
      );
    }
  }
  lines.push(
    atMost(
      'pages without a calculator that ship JS',
      pulse.pagesWithoutCalculatorShippingJs,
      limits.maxPagesWithoutCalculatorShippingJs,
    ),
    atMost(
      'JS bytes on a page without a calculator (max, gzip)',
      pulse.jsWithoutCalculator.max,
      limits.maxJsBytesWithoutCalculator,
    ),
    atMost(
      'first search query bytes',
      pulse.firstSearch?.bytes ?? Number.POSITIVE_INFINITY,
      limits.maxFirstSearchBytes,
    ),
  );
  return lines;
}
