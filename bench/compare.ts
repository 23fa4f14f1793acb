/**
 * Pulse against its two yardsticks built from the same prose in one run: bare Astro (the
 * floor: one route, no layout) and Starlight (a maintained theme with navigation and
 * Pagefind search). The ratios say how many times Pulse's cost each one's is.
 */
import type { BenchResult } from './bench.ts';

const ratio = (pulse: number, other: number) => (other > 0 ? (pulse / other).toFixed(2) : '–');

interface Figure {
  name: string;
  value: (result: BenchResult) => number;
  format: (value: number) => string;
}

const figures: Figure[] = [
  { name: 'build s (wall)', value: (r) => r.buildSeconds, format: (v) => v.toFixed(1) },
  { name: 'CPU s', value: (r) => r.cpuSeconds, format: (v) => v.toFixed(1) },
  { name: 'peak RSS GB', value: (r) => r.peakRssMB / 1024, format: (v) => v.toFixed(2) },
  { name: 'HTML files', value: (r) => r.htmlFiles, format: String },
  {
    name: 'HTML kB gzip, median page',
    value: (r) => r.bytesPerPageGzip.html.median / 1024,
    format: (v) => v.toFixed(1),
  },
];

/** A Markdown table of each figure for the three builds and Pulse's ratio to each yardstick. */
export function formatComparison(runs: { pulse: BenchResult; starlight: BenchResult; bare: BenchResult }): string {
  const { pulse, starlight, bare } = runs;
  const rows = figures.map(({ name, value, format }) =>
    [
      name,
      format(value(pulse)),
      format(value(starlight)),
      format(value(bare)),
      ratio(value(pulse), value(starlight)),
      ratio(value(pulse), value(bare)),
    ].join(' | '),
  );
  return [
    `| ${pulse.pages} pages | Pulse | Starlight | bare Astro | Pulse / Starlight | Pulse / bare |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells} |`),
  ].join('\n');
}
