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
   * Pulse's pages per wall-clock second over Starlight's on the same prose, at least: the
   * peer a reader would pick instead. Reported, never enforced, like the bare ratios.
   */
  minStarlightWallSpeedRatio: number;
  /**
   * Pulse's pages per CPU second over Starlight's, at least: the one speed figure the check
   * enforces. Both builds run in the same check and are counted in CPU seconds, so a slow
   * or busy machine weighs on both; the floor sits below every ratio measured, quiet or
   * with both cores busy, by more than their spread (thresholds.json says by how much).
   */
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
   * A speed figure that moves with whatever else the machine is doing (wall time, or CPU
   * next to bare Astro's few seconds), so `npm test` reports it and never fails on it; judge
   * it with `npm run bench -- compare` on a quiet machine.
   */
  reportOnly?: true;
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
  /**
   * Pulse's speed as a share of a yardstick's (`of` reads a figure off the yardstick). The
   * wall ratio is only printed; the CPU ratio is enforced when `enforceCpu` says so.
   */
  const speedLines = (
    yardstick: string,
    of: (pick: (result: BenchResult) => number) => number,
    limit: { wall: number; cpu: number },
    enforceCpu: boolean,
  ): ThresholdLine[] => {
    const cpu = atLeast(
      `pages per CPU second vs ${yardstick}`,
      pagesPerCpuSecond(pulse) / of(pagesPerCpuSecond),
      limit.cpu,
    );
    return [
      {
        ...atLeast(`pages/s vs ${yardstick} (wall)`, pulse.pagesPerSecond / of((r) => r.pagesPerSecond), limit.wall),
        reportOnly: true,
      },
      enforceCpu ? cpu : { ...cpu, reportOnly: true },
    ];
  };
  const lines: ThresholdLine[] = [
    // Bare Astro's 200 pages take under 3 CPU s, so its ratio moves with any fixed cost:
    // 0.12 and 0.16 in two runs of one commit on a busy machine, 0.160-0.184 in ten runs on
    // 2026-12-07, too close to its floor to enforce. Reported only.
    ...speedLines('bare Astro', mean, { wall: limits.minWallSpeedRatio, cpu: limits.minCpuSpeedRatio }, false),
    atMost('peak RSS vs bare Astro', pulse.peakRssMB / mean((r) => r.peakRssMB), limits.maxRssRatio),
  ];
  if (starlight) {
    lines.push(
      ...speedLines(
        'Starlight',
        (pick) => pick(starlight),
        { wall: limits.minStarlightWallSpeedRatio, cpu: limits.minStarlightCpuSpeedRatio },
        true,
      ),
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
