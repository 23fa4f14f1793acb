/**
 * One benchmark run: write a synthetic library (or a yardstick: bare Astro, Starlight) into a throwaway
 * workspace, build it, and measure the build and what it ships. Used by the CLI
 * (`run.ts`) and by the CI regression check (`test/bench/`).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBareSite } from './bare.ts';
import { writeStarlightSite } from './starlight.ts';
import { buildSite } from './build.ts';
import { reportDist, type Spread } from './dist-report.ts';
import { writeLibrary, type LibrarySummary } from './library.ts';
import { readBuildPhases, type BuildPhases } from './phases.ts';
import { probeFirstSearch, type SearchCost } from './search-probe.ts';
import { createWorkspace, linkDiagramCache, readRegistry, readToolIds, removeWorkspace } from './workspace.ts';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export interface BenchOptions {
  /** The project to build; defaults to this checkout. */
  project?: string | undefined;
  pages: number;
  seed: number;
  /** Build a bare Astro site of plain .md pages instead of the project. */
  bare: boolean;
  /** Build the bare site's pages with Starlight instead of the project. */
  starlight?: boolean;
  guideShare: number;
  mermaidShare: number;
  toolShare: number;
  relatedShare: number;
  /** The first search query; null skips the browser probe. */
  query: string | null;
  cpuProfileDir?: string | undefined;
  /** Extra NODE_OPTIONS for the build, to try a flag (a heap limit, say) without editing the project. */
  nodeOptions?: string | undefined;
  /**
   * A diagram cache kept between runs (linked in as the workspace's `.cache/diagrams`), to
   * measure a build whose diagrams were rendered before, as a CI build with a restored cache.
   * Without it every run starts cold and renders every diagram.
   */
  diagramCache?: string | undefined;
  keep: boolean;
  log?: (message: string) => void;
}

export const defaultOptions: BenchOptions = {
  pages: 1000,
  seed: 7,
  bare: false,
  guideShare: 0.1,
  mermaidShare: 0.2,
  toolShare: 0.15,
  relatedShare: 0.3,
  query: 'pipeline coverage',
  keep: false,
};

export interface BenchResult {
  bench: 'pulse' | 'bare' | 'starlight';
  pages: number;
  library: LibrarySummary | null;
  htmlFiles: number;
  buildSeconds: number;
  astroSeconds: number;
  pagefindSeconds: number | null;
  /** Peak RSS of the search-index step's process tree (its Node script and Pagefind's binary). */
  pagefindPeakRssMB: number | null;
  /** "project" when the project's build made the index, "bench" when the bench had to. */
  pagefindRunBy: 'project' | 'bench' | null;
  /** Wall seconds of each build phase, from Astro's log (one-second resolution for some). */
  phases: BuildPhases;
  pagesPerSecond: number;
  /** CPU seconds of the build's whole process tree: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  /** The two steps' shares of cpuSeconds: `astro build`, and the search index after it. */
  astroCpuSeconds: number;
  pagefindCpuSeconds: number | null;
  peakRssMB: number;
  /** The largest single process (in practice Astro's node) at its peak. */
  peakRssLargestProcessMB: number;
  /** Peak RSS per kind of process (node, pagefind, chromium), each at its own peak. */
  peakRssByCommandMB: Record<string, number>;
  bytesPerPageGzip: { html: Spread; css: Spread; js: Spread; total: Spread };
  heaviestPage: string;
  pagesWithCalculator: number;
  pagesWithoutCalculatorShippingJs: number;
  /** Gzip JS bytes that pages without a calculator load before search is opened. */
  jsWithoutCalculator: Spread;
  pagefindIndexBytes: number | null;
  pagefindRuntimeBytes: number | null;
  firstSearch: SearchCost | null;
  diagrams: { pagesWithFence: number; svgInDist: number; rendered: number | null; cached: number | null };
  machine: { cores: number; memoryGB: number; node: string };
  generateSeconds: number;
  workspace?: string;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => round(bytes / 2 ** 20, 1);

/** Diagram counts from the build log, when the diagram integration reports them. */
function readDiagramLog(logFile: string): { rendered: number; cached: number } | null {
  const text = readFileSync(logFile, 'utf8');
  const match = /(\d+) rendered\W+(\d+) (?:from )?cache/i.exec(text);
  return match ? { rendered: Number(match[1]), cached: Number(match[2]) } : null;
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? (() => {});
  const label = options.bare ? 'bare' : options.starlight ? 'starlight' : 'pulse';
  const yardstick = label !== 'pulse';
  const project = options.project ?? projectRoot;
  const workspace = createWorkspace(project, label, yardstick);
  log(`${label}: ${options.pages} pages in ${workspace}`);
  try {
    let library: LibrarySummary | null = null;
    const generateStart = performance.now();
    if (options.bare) writeBareSite(workspace, options.pages, options.seed);
    else if (options.starlight) writeStarlightSite(workspace, options.pages, options.seed);
    else {
      library = writeLibrary(join(workspace, 'content'), {
        ...options,
        kpis: readRegistry(project),
        toolIds: readToolIds(project),
      });
    }
    if (options.diagramCache) linkDiagramCache(workspace, options.diagramCache);
    const generateSeconds = (performance.now() - generateStart) / 1000;
    log(`generated in ${round(generateSeconds)} s; building`);
    if (options.cpuProfileDir) mkdirSync(options.cpuProfileDir, { recursive: true });
    const build = await buildSite(workspace, {
      cpuProfileDir: options.cpuProfileDir,
      nodeOptions: options.nodeOptions,
      withPagefind: !options.bare,
    });
    const buildSeconds = build.astro.seconds + (build.pagefind?.seconds ?? 0);
    log(`built in ${round(buildSeconds)} s; measuring dist`);
    const dist = reportDist(join(workspace, 'dist'));
    const search =
      !yardstick && options.query !== null && dist.pagefind
        ? await probeFirstSearch(join(workspace, 'dist'), '/', options.query)
        : null;
    return {
      bench: label,
      pages: options.pages,
      library,
      htmlFiles: dist.htmlFiles,
      buildSeconds: round(buildSeconds),
      astroSeconds: round(build.astro.seconds),
      pagefindSeconds: build.pagefind ? round(build.pagefind.seconds) : null,
      pagefindPeakRssMB: build.pagefind ? mb(build.pagefind.usage.peakRss) : null,
      pagefindRunBy: options.bare ? null : build.pagefindRunBy,
      phases: readBuildPhases(readFileSync(join(workspace, 'build.log'), 'utf8')),
      pagesPerSecond: round(options.pages / buildSeconds, 1),
      cpuSeconds: round(build.astro.usage.cpuSeconds + (build.pagefind?.usage.cpuSeconds ?? 0)),
      astroCpuSeconds: round(build.astro.usage.cpuSeconds),
      pagefindCpuSeconds: build.pagefind ? round(build.pagefind.usage.cpuSeconds) : null,
      peakRssMB: mb(Math.max(build.astro.usage.peakRss, build.pagefind?.usage.peakRss ?? 0)),
      peakRssByCommandMB: Object.fromEntries(
        Object.entries({ ...build.pagefind?.usage.peakRssByCommand, ...build.astro.usage.peakRssByCommand }).map(
          ([command, bytes]) => [command, mb(Math.max(bytes, build.pagefind?.usage.peakRssByCommand[command] ?? 0))],
        ),
      ),
      peakRssLargestProcessMB: mb(
        Math.max(build.astro.usage.peakRssLargest, build.pagefind?.usage.peakRssLargest ?? 0),
      ),
      bytesPerPageGzip: { html: dist.html, css: dist.css, js: dist.js, total: dist.total },
      heaviestPage: dist.heaviestPage,
      pagesWithCalculator: dist.pagesWithCalculator,
      pagesWithoutCalculatorShippingJs: dist.pagesWithoutCalculatorShippingJs,
      jsWithoutCalculator: dist.jsWithoutCalculator,
      pagefindIndexBytes: dist.pagefind?.indexBytes ?? null,
      pagefindRuntimeBytes: dist.pagefind?.runtimeBytes ?? null,
      firstSearch: search,
      diagrams: {
        pagesWithFence: library?.withDiagram ?? 0,
        svgInDist: dist.diagramSvgs,
        ...(readDiagramLog(join(workspace, 'build.log')) ?? { rendered: null, cached: null }),
      },
      machine: { cores: cpus().length, memoryGB: round(totalmem() / 2 ** 30, 1), node: process.version },
      generateSeconds: round(generateSeconds),
      ...(options.keep ? { workspace } : {}),
    };
  } finally {
    if (!options.keep) removeWorkspace(workspace);
  }
}
