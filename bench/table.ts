/**
 * Turns bench JSON lines into the Markdown tables BENCHMARKS.md shows, so the figures there
 * are copied by a program, not by hand.
 *   node bench/table.ts results/*.json   (lines not starting with "{", such as npm's banner, are skipped)
 */
import { readFileSync } from 'node:fs';
import type { BenchResult } from './bench.ts';

const kb = (bytes: number | null | undefined) =>
  bytes === null || bytes === undefined ? '–' : (bytes / 1024).toFixed(1);
const gb = (mb: number) => (mb / 1024).toFixed(2);
const seconds = (value: number | null) => (value === null ? '–' : value.toFixed(1));

const results = process.argv
  .slice(2)
  .flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('{')),
  )
  .map((line) => JSON.parse(line) as BenchResult);

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** Cold when most diagrams were rendered in this run rather than read from the cache. */
const kind = (r: BenchResult) => ((r.diagrams.rendered ?? 0) > (r.diagrams.cached ?? 0) ? 'cold' : 'warm');
const searchParts = ['html', 'css', 'page-js', 'js', 'wasm', 'meta', 'index', 'fragments', 'filters', 'other'];

process.stdout.write(
  [
    row([
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
    ]),
    row(Array.from({ length: 10 }, () => '---')),
    ...results.map((r) =>
      row([
        r.bench === 'bare' ? 'bare Astro' : `Pulse, ${kind(r)}`,
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
    ),
    '',
    row([
      'run',
      'pages',
      'diagrams s',
      'content sync s',
      'bundle s',
      'generate s',
      'Pagefind s',
      'diagrams rendered / cached',
    ]),
    row(Array.from({ length: 8 }, () => '---')),
    ...results
      .filter((r) => r.bench === 'pulse')
      .map((r) =>
        row([
          kind(r),
          r.pages,
          seconds(r.phases.diagrams),
          seconds(r.phases.contentSync),
          seconds(r.phases.bundle),
          seconds(r.phases.generatePages),
          seconds(r.phases.searchIndex),
          `${r.diagrams.rendered ?? '–'} / ${r.diagrams.cached ?? '–'}`,
        ]),
      ),
    '',
    row([
      'run',
      'pages',
      'HTML kB median / max',
      'CSS kB median / max',
      'JS kB median / max',
      'heaviest page',
      'Pagefind index MB',
      'first search kB (index part)',
    ]),
    row(Array.from({ length: 8 }, () => '---')),
    ...results
      .filter((r) => r.bench === 'pulse')
      .map((r) => {
        const { html, css, js } = r.bytesPerPageGzip;
        return row([
          kind(r),
          r.pages,
          `${kb(html.median)} / ${kb(html.max)}`,
          `${kb(css.median)} / ${kb(css.max)}`,
          `${kb(js.median)} / ${kb(js.max)}`,
          `\`${r.heaviestPage}\``,
          r.pagefindIndexBytes === null ? '–' : (r.pagefindIndexBytes / 2 ** 20).toFixed(1),
          r.firstSearch ? `${kb(r.firstSearch.bytes)} (${kb(r.firstSearch.byKind['index'])})` : '–',
        ]);
      }),
    '',
    row(['pages', 'requests', ...searchParts, 'total kB']),
    row(Array.from({ length: searchParts.length + 3 }, () => '---')),
    ...results
      .filter((r) => r.bench === 'pulse' && r.firstSearch && kind(r) === 'warm')
      .map((r) =>
        row([
          r.pages,
          r.firstSearch!.requests,
          ...searchParts.map((part) => kb(r.firstSearch!.byKind[part] ?? 0)),
          kb(r.firstSearch!.bytes),
        ]),
      ),
  ].join('\n') + '\n',
);
