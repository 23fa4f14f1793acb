/**
 * `npm run bench -- --pages N`: builds a synthetic library of N pages in a temporary copy
 * of the project (with Pagefind), measures it and prints ONE JSON line on stdout.
 * Progress goes to stderr. `npm run bench -- related --pages N` times related-article
 * scoring alone (no build), also as one JSON line.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type BenchOptions, defaultOptions, runBench } from './bench.ts';
import { formatComparison } from './compare.ts';
import { runRelatedScale } from './related-scale.ts';

const usage = `npm run bench -- --pages N [options]
npm run bench -- compare --pages N [options]   bare Astro, Starlight, then Pulse, and the ratios
npm run bench -- related --pages N [--seed S]   related scoring alone, no build (default 10000 pages)
  --pages N          content pages to generate (default ${defaultOptions.pages})
  --seed S           text seed (default ${defaultOptions.seed})
  --bare             build a bare Astro site of N plain .md pages instead (the yardstick)
  --starlight        build the same N pages with Starlight instead (the second yardstick)
  --guide-share F    share of pages that are MDX guides (default ${defaultOptions.guideShare})
  --mermaid-share F  share of pages with a mermaid funnel (default ${defaultOptions.mermaidShare})
  --tool-share F     share of pages listing calculators, once tools: exists (default ${defaultOptions.toolShare})
  --related-share F  share of pages with hand-picked related links (default ${defaultOptions.relatedShare})
  --query Q          first search query (default "${defaultOptions.query}")
  --no-search        skip the browser probe of the first search
  --node-options=S   extra NODE_OPTIONS for the build, e.g. --node-options=--max-old-space-size=2048
  --cpu-prof DIR     write V8 CPU profiles of the build into DIR (summarise: node bench/profile.ts DIR)
  --diagram-cache DIR  keep rendered diagrams in DIR between runs (a second run is warm)
  --project DIR      build another checkout of Pulse (default: this one), e.g. to compare a fix
  --keep             keep the temporary workspace and print its path`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pages: { type: 'string' },
    seed: { type: 'string', default: String(defaultOptions.seed) },
    bare: { type: 'boolean', default: false },
    starlight: { type: 'boolean', default: false },
    'guide-share': { type: 'string', default: String(defaultOptions.guideShare) },
    'mermaid-share': { type: 'string', default: String(defaultOptions.mermaidShare) },
    'tool-share': { type: 'string', default: String(defaultOptions.toolShare) },
    'related-share': { type: 'string', default: String(defaultOptions.relatedShare) },
    query: { type: 'string', default: defaultOptions.query ?? '' },
    'no-search': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    'node-options': { type: 'string' },
    project: { type: 'string' },
    'diagram-cache': { type: 'string' },
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

async function main(): Promise<void> {
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const [command, ...rest] = positionals;
  if (rest.length > 0 || (command !== undefined && command !== 'related' && command !== 'compare')) {
    throw new Error(`unknown command "${positionals.join(' ')}".\n\n${usage}`);
  }
  if (command === 'related') {
    values.pages ??= '10000';
    const result = runRelatedScale(
      Math.round(numberOption('pages', 1, 1_000_000)),
      Math.round(numberOption('seed', 0, 2 ** 31)),
    );
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  values.pages ??= String(defaultOptions.pages);
  const options: BenchOptions = {
    pages: Math.round(numberOption('pages', 1, 100_000)),
    seed: Math.round(numberOption('seed', 0, 2 ** 31)),
    bare: values.bare,
    starlight: values.starlight,
    guideShare: numberOption('guide-share', 0, 1),
    mermaidShare: numberOption('mermaid-share', 0, 1),
    toolShare: numberOption('tool-share', 0, 1),
    relatedShare: numberOption('related-share', 0, 1),
    query: values['no-search'] ? null : (values.query ?? null),
    cpuProfileDir: values['cpu-prof'] ? resolve(values['cpu-prof']) : undefined,
    nodeOptions: values['node-options'],
    project: values.project ? resolve(values.project) : undefined,
    diagramCache: values['diagram-cache'] ? resolve(values['diagram-cache']) : undefined,
    keep: values.keep,
    log: (message) => process.stderr.write(`bench: ${message}\n`),
  };
  if (command !== 'compare') {
    process.stdout.write(`${JSON.stringify(await runBench(options))}\n`);
    return;
  }
  // One after another, never side by side: each build has the machine to itself.
  const yardstick = { ...options, query: null, cpuProfileDir: undefined, nodeOptions: undefined };
  const runs = {
    bare: await runBench({ ...yardstick, bare: true, starlight: false }),
    starlight: await runBench({ ...yardstick, bare: false, starlight: true }),
    pulse: await runBench({ ...options, bare: false, starlight: false }),
  };
  for (const result of [runs.bare, runs.starlight, runs.pulse]) process.stdout.write(`${JSON.stringify(result)}\n`);
  process.stdout.write(`\n${formatComparison(runs)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
