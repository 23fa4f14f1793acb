/**
 * A build's memory over time. Loaded into a Node process, it appends one line a second to
 * `<PULSE_MEMORY_LOG>/<pid>.tsv`: the clock time, then RSS, heap total, heap used, external
 * and array buffers in MB, as `process.memoryUsage()` reads them. The build log's own clock
 * times then say which phase each line falls in. A line missing for a few seconds means
 * the process was busy with synchronous work (the timer could not fire).
 *
 *   rm -rf /tmp/mem && PULSE_MEMORY_LOG=/tmp/mem npm run bench -- --pages 10000 --keep \
 *     --node-options="--import=$PWD/bench/memory-log.ts"
 *
 * BENCHMARKS.md ("The store out of the bundle") shows what it found at 10,000 pages.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** One line of the log: the clock time and the figures in MB, tab-separated. */
export function memoryLine(at: Date, usage: NodeJS.MemoryUsage): string {
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  const figures = [usage.rss, usage.heapTotal, usage.heapUsed, usage.external, usage.arrayBuffers].map(mb);
  return `${at.toISOString().slice(11, 19)}\t${figures.join('\t')}\n`;
}

const folder = process.env['PULSE_MEMORY_LOG'];
if (folder) {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${process.pid}.tsv`);
  appendFileSync(
    file,
    `# ${process.argv.slice(1).join(' ')}\n# time\trss\theapTotal\theapUsed\texternal\tarrayBuffers (MB)\n`,
  );
  setInterval(() => appendFileSync(file, memoryLine(new Date(), process.memoryUsage())), 1000).unref();
}
