/**
 * `npm run bench -- --pages N`: writes a synthetic library of N pages, builds it in a
 * temporary copy of the project (with Pagefind), measures the result and prints ONE JSON
 * line on stdout. Progress goes to stderr. Options: see `usage` below.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareSite } from './bare.ts';
import { buildSite } from './build.ts';
import { reportDist } from './dist-report.ts';
import { writeLibrary, type LibrarySummary } from './library.ts';
import { probeFirstSearch, type SearchCost } from './search-probe.ts';
import { createWorkspace, readRegistry, readToolIds, removeWorkspace } from './workspace.ts';

const usage = `npm run bench -- --pages N [options]
  --pages N          content pages to generate (default 1000)
  --seed S           text seed (default 7)
  --bare             build a bare Astro site of N plain .md pages instead (the yardstick)
  --guide-share F    share of pages that are MDX guides (default 0.1)
  --mermaid-share F  share of pages with a mermaid funnel (default 0.2)
  --tool-share F     share of pages listing calculators, once tools: exists (default 0.15)
  --related-share F  share of pages with hand-picked related links (default 0.3)
  --query Q          first search query (default "pipeline coverage")
  --no-search        skip the browser probe of the first search
  --cpu-prof DIR     write V8 CPU profiles of the build into DIR
  --keep             keep the temporary workspace and print its path`;

const projectRoot = resolve(import.meta.dirname, '..', '..');

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '7' },
    bare: { type: 'boolean', default: false },
    'guide-share': { type: 'string', default: '0.1' },
    'mermaid-share': { type: 'string', default: '0.2' },
    'tool-share': { type: 'string', default: '0.15' },
    'related-share': { type: 'string', default: '0.3' },
    query: { type: 'string', default: 'pipeline coverage' },
    'no-search': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

function numberOption(name: keyof typeof values, min: number, max: number): number {
  const value = Number(values[name]);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`--${name} must be a number from ${min} to ${max}, got "${String(values[name])}".\n\n${usage}`);
  }
  return value;
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => round(bytes / 2 ** 20, 1);

/** Diagram counts from the build log, when the diagram integration reports them. */
function readDiagramLog(logFile: string): { rendered: number; cached: number } | null {
  const text = readFileSync(logFile, 'utf8');
  const match = /(\d+) rendered\W+(\d+) (?:from )?cache/i.exec(text);
  return match ? { rendered: Number(match[1]), cached: Number(match[2]) } : null;
}

async function main(): Promise<void> {
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const pages = Math.round(numberOption('pages', 1, 100_000));
  const seed = Math.round(numberOption('seed', 0, 2 ** 31));
  const label = values.bare ? 'bare' : 'pulse';
  const workspace = createWorkspace(projectRoot, label, values.bare);
  log(`${label}: ${pages} pages in ${workspace}`);
  try {
    let library: LibrarySummary | null = null;
    const generateStart = performance.now();
    if (values.bare) writeBareSite(workspace, pages, seed);
    else {
      library = writeLibrary(join(workspace, 'content'), {
        pages,
        seed,
        guideShare: numberOption('guide-share', 0, 1),
        mermaidShare: numberOption('mermaid-share', 0, 1),
        toolShare: numberOption('tool-share', 0, 1),
        relatedShare: numberOption('related-share', 0, 1),
        kpis: readRegistry(projectRoot),
        toolIds: readToolIds(projectRoot),
      });
    }
    const generateSeconds = (performance.now() - generateStart) / 1000;
    log(`generated in ${round(generateSeconds)} s; building`);
    const cpuProfileDir = values['cpu-prof'] ? resolve(values['cpu-prof']) : undefined;
    if (cpuProfileDir) mkdirSync(cpuProfileDir, { recursive: true });
    const build = await buildSite(workspace, { cpuProfileDir, withPagefind: !values.bare });
    const buildSeconds = build.astro.seconds + (build.pagefind?.seconds ?? 0);
    log(`built in ${round(buildSeconds)} s; measuring dist`);
    const dist = reportDist(join(workspace, 'dist'));
    let search: SearchCost | null = null;
    if (!values.bare && !values['no-search'] && dist.pagefind) {
      search = await probeFirstSearch(join(workspace, 'dist'), '/', values.query);
    }
    const peakRss = Math.max(build.astro.peakRss.tree, build.pagefind?.peakRss.tree ?? 0);
    const result = {
      bench: label,
      pages,
      library,
      htmlFiles: dist.htmlFiles,
      buildSeconds: round(buildSeconds),
      astroSeconds: round(build.astro.seconds),
      pagefindSeconds: build.pagefind ? round(build.pagefind.seconds) : null,
      pagefindRunBy: values.bare ? null : build.pagefind ? 'bench' : 'project',
      pagesPerSecond: round(pages / buildSeconds, 1),
      peakRssMB: mb(peakRss),
      peakRssAstroProcessMB: mb(build.astro.peakRss.root),
      bytesPerPageGzip: { html: dist.html, css: dist.css, js: dist.js, total: dist.total },
      heaviestPage: dist.heaviestPage,
      pagesWithCalculator: dist.pagesWithCalculator,
      pagesWithoutCalculatorShippingJs: dist.pagesWithoutCalculatorShippingJs,
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
      ...(values.keep ? { workspace } : {}),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    if (!values.keep) removeWorkspace(workspace);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
