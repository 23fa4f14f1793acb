/**
 * How many times the build reads each content file from disk. Loaded into every Node
 * process of a build, it wraps fs.readFileSync, fs.readFile and fs.promises.readFile
 * (which is also node:fs/promises), counts the reads of files under content/, and writes
 * one JSON file per process when it exits; run as a program, it adds those files up.
 *
 *   rm -rf /tmp/reads && PULSE_COUNT_READS=/tmp/reads \
 *     NODE_OPTIONS="--import=$PWD/bench/count-reads.ts" npm run build
 *   npx node bench/count-reads.ts /tmp/reads
 *
 * Reads through a file descriptor (fs.readSync, FileHandle.read) and streams are not
 * counted: they carry no path. The build does not read content that way today.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The path a read names, absolute; undefined for a file descriptor or anything else without one. */
export function toReadPath(target: unknown, cwd: string): string | undefined {
  if (typeof target === 'string') return isAbsolute(target) ? resolve(target) : resolve(cwd, target);
  if (target instanceof URL) return target.protocol === 'file:' ? fileURLToPath(target) : undefined;
  if (Buffer.isBuffer(target)) return toReadPath(target.toString('utf8'), cwd);
  return undefined;
}

/** Counts one read in `counts` when it names a file under `root` (which ends in a slash), by its path there. */
export function countRead(counts: Map<string, number>, target: unknown, root: string, cwd: string): void {
  const path = toReadPath(target, cwd);
  if (!path?.startsWith(root)) return;
  const file = path.slice(root.length);
  counts.set(file, (counts.get(file) ?? 0) + 1);
}

export interface ProcessReads {
  argv: string[];
  counts: Record<string, number>;
}

/** Adds the per-process counts up: each file with its total and the processes that read it. */
export function sumReads(processes: readonly ProcessReads[]): { file: string; reads: number; processes: number }[] {
  const totals = new Map<string, { reads: number; processes: number }>();
  for (const { counts } of processes) {
    for (const [file, reads] of Object.entries(counts)) {
      const total = totals.get(file) ?? { reads: 0, processes: 0 };
      totals.set(file, { reads: total.reads + reads, processes: total.processes + 1 });
    }
  }
  return [...totals].map(([file, total]) => ({ file, ...total })).sort((a, b) => a.file.localeCompare(b.file));
}

function install(outDir: string): void {
  const cwd = process.cwd();
  const root = join(process.env['PULSE_COUNT_READS_ROOT'] ?? join(cwd, 'content'), '/');
  const counts = new Map<string, number>();
  const wrap = <F extends (...args: never[]) => unknown>(read: F): F =>
    function (this: unknown, ...args: Parameters<F>) {
      countRead(counts, args[0], root, cwd);
      return read.apply(this, args);
    } as F;
  fs.readFileSync = wrap(fs.readFileSync);
  fs.readFile = wrap(fs.readFile);
  fs.promises.readFile = wrap(fs.promises.readFile);
  // ES modules that import { readFile } from 'node:fs' get the wrapped functions too.
  syncBuiltinESMExports();
  process.on('exit', () => {
    if (counts.size === 0) return;
    fs.mkdirSync(outDir, { recursive: true });
    const reads: ProcessReads = { argv: process.argv.slice(1), counts: Object.fromEntries(counts) };
    fs.writeFileSync(join(outDir, `${process.pid}.json`), JSON.stringify(reads));
  });
}

function report(dir: string): void {
  const processes = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(fs.readFileSync(join(dir, name), 'utf8')) as ProcessReads);
  const rows = sumReads(processes);
  const histogram = new Map<number, number>();
  for (const row of rows) histogram.set(row.reads, (histogram.get(row.reads) ?? 0) + 1);
  for (const row of rows) console.log(`${row.reads}\t${row.processes}\t${row.file}`);
  console.log(
    `\n${rows.length} content files read; files by reads: ${[...histogram]
      .sort(([a], [b]) => a - b)
      .map(([reads, files]) => `${reads}× ${files}`)
      .join(', ')}`,
  );
  for (const { argv, counts } of processes) {
    console.log(`process ${argv.join(' ').slice(0, 100)}: ${Object.keys(counts).length} files`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node bench/count-reads.ts DIR (the PULSE_COUNT_READS folder of a build)');
  report(dir);
} else if (process.env['PULSE_COUNT_READS']) {
  install(process.env['PULSE_COUNT_READS']);
}
