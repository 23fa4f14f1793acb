/**
 * Turns bench JSON lines into the Markdown tables BENCHMARKS.md shows, so the figures there
 * are copied by a program, not by hand. Every table starts with its header row.
 *   node bench/table.ts results/2026-12-03.jsonl            every run in the file
 *   node bench/table.ts results/2026-12-03.jsonl --runs 1-7 the first seven runs only
 * Lines not starting with "{", such as npm's banner, are skipped; runs are numbered from 1
 * over all the files given, and printed by size: bare Astro, Starlight, then Pulse warm, then cold.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { BenchResult } from './bench.ts';

const kb = (bytes: number | null | undefined) =>
  bytes === null || bytes === undefined ? '–' : (bytes / 1024).toFixed(1);
const gb = (mb: number) => (mb / 1024).toFixed(2);
const seconds = (value: number | null) => (value === null ? '–' : value.toFixed(1));

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** A Markdown table: the header, its separator, then the rows, each as wide as the header. */
function table(header: readonly string[], rows: readonly (string | number)[][]): string[] {
  for (const cells of rows) {
    if (cells.length !== header.length) {
      throw new Error(`table: a row has ${cells.length} cells under ${header.length} headers (${header.join(', ')})`);
    }
  }
  return [row([...header]), row(header.map(() => '---')), ...rows.map(row)];
}

/** Cold when most diagrams were rendered in this run rather than read from the cache. */
const kind = (r: BenchResult) => ((r.diagrams.rendered ?? 0) > (r.diagrams.cached ?? 0) ? 'cold' : 'warm');
const searchParts = ['html', 'css', 'page-js', 'js', 'wasm', 'meta', 'index', 'fragments', 'filters', 'other'];
const order = (r: BenchResult) =>
  ['bare', 'starlight', 'warm', 'cold'].indexOf(r.bench === 'pulse' ? kind(r) : r.bench);
const label = (r: BenchResult) =>
  r.bench === 'bare' ? 'bare Astro' : r.bench === 'starlight' ? 'Starlight' : `Pulse, ${kind(r)}`;

/** The four tables of BENCHMARKS.md (build, phases, page weight, first search), blank-line separated. */
export function formatTables(runs: readonly BenchResult[]): string {
  const results = [...runs].sort((a, b) => a.pages - b.pages || order(a) - order(b));
  const pulse = results.filter((r) => r.bench === 'pulse');
  const build = table(
    [
      'run',
      'pages',
      'HTML files',
      'build s',
      'CPU s',
      'pages/s',
      'peak RSS GB (tree)',
      'node GB',
      'search step GB',
      'chromium GB',
    ],
    results.map((r) => [
      label(r),
      r.pages,
      r.htmlFiles,
      r.buildSeconds.toFixed(1),
      r.cpuSeconds.toFixed(1),
      r.pagesPerSecond.toFixed(1),
      gb(r.peakRssMB),
      gb(r.peakRssByCommandMB['node'] ?? 0),
      r.pagefindPeakRssMB ? gb(r.pagefindPeakRssMB) : '–',
      r.peakRssByCommandMB['chromium'] ? gb(r.peakRssByCommandMB['chromium']) : '–',
    ]),
  );
  const phases = table(
    [
      'run',
      'pages',
      'diagrams s',
      'content sync s',
      'bundle s',
      'generate s',
      'Pagefind s',
      'diagrams rendered / cached',
    ],
    pulse.map((r) => [
      kind(r),
      r.pages,
      seconds(r.phases.diagrams),
      seconds(r.phases.contentSync),
      seconds(r.phases.bundle),
      seconds(r.phases.generatePages),
      seconds(r.phases.searchIndex),
      `${r.diagrams.rendered ?? '–'} / ${r.diagrams.cached ?? '–'}`,
    ]),
  );
  const weight = table(
    [
      'run',
      'pages',
      'HTML kB median / max',
      'CSS kB median / max',
      'JS kB median / max',
      'heaviest page',
      'Pagefind index MB',
      'first search kB (index part)',
    ],
    pulse.map((r) => {
      const { html, css, js } = r.bytesPerPageGzip;
      return [
        kind(r),
        r.pages,
        `${kb(html.median)} / ${kb(html.max)}`,
        `${kb(css.median)} / ${kb(css.max)}`,
        `${kb(js.median)} / ${kb(js.max)}`,
        `\`${r.heaviestPage}\``,
        r.pagefindIndexBytes === null ? '–' : (r.pagefindIndexBytes / 2 ** 20).toFixed(1),
        r.firstSearch ? `${kb(r.firstSearch.bytes)} (${kb(r.firstSearch.byKind['index'])})` : '–',
      ];
    }),
  );
  // Cold and warm runs build the same pages, so a first search is shown once per size.
  const search = table(
    ['pages', 'requests', ...searchParts, 'total kB'],
    pulse
      .filter((r) => kind(r) === 'warm')
      .flatMap(({ pages, firstSearch }) =>
        firstSearch
          ? [
              [
                pages,
                firstSearch.requests,
                ...searchParts.map((part) => kb(firstSearch.byKind[part] ?? 0)),
                kb(firstSearch.bytes),
              ],
            ]
          : [],
      ),
  );
  return [build, phases, weight, search].map((lines) => lines.join('\n')).join('\n\n');
}

/** JSON lines of the files, numbered from 1 in the order given, kept when `runs` ("1-7,9") names them. */
export function readRuns(texts: readonly string[], runs?: string): BenchResult[] {
  const lines = texts.flatMap((text) => text.split('\n').filter((line) => line.startsWith('{')));
  const wanted = runs?.split(',').map((range) => {
    const match = /^(\d+)(?:-(\d+))?$/.exec(range.trim());
    if (!match) throw new Error(`--runs takes numbers and ranges such as 1-7,9, not "${runs}"`);
    return [Number(match[1]), Number(match[2] ?? match[1])] as const;
  });
  return lines
    .filter((_, index) => !wanted || wanted.some(([from, to]) => index + 1 >= from && index + 1 <= to))
    .map((line) => JSON.parse(line) as BenchResult);
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string' } } });
  const texts = positionals.map((file) => readFileSync(file, 'utf8'));
  process.stdout.write(`${formatTables(readRuns(texts, values.runs))}\n`);
}
