/**
 * `node scripts/search-index.ts [site]`: the second step of `npm run build`. Builds the
 * Pagefind index of the built site (default `dist/`) once `astro build` has exited, so
 * Pagefind's memory never adds to Astro's. Marked pages (`data-pagefind-body`) are copied,
 * in sorted order and with word breaks restored between block elements, into a temporary
 * mirror that Pagefind's own multi-threaded binary indexes.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import {
  buildPagefindArgs,
  countIndexedPages,
  formatIndexSummary,
  isMarkedForIndex,
  listIndexableFiles,
  pointAtSite,
  unmarkedWarning,
  unusedBundles,
} from '../src/lib/search-index.ts';
import { separateBlocks } from '../src/lib/search-html.ts';

/** The binary the `pagefind` npm package would run, extended build first (as its own wrapper does). */
function resolvePagefindBinary(): string {
  if (process.env.PAGEFIND_BINARY_PATH) return process.env.PAGEFIND_BINARY_PATH;
  const require = createRequire(import.meta.url);
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const suffix = platform === 'windows' ? '.exe' : '';
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${platform}-${process.arch}/bin/${name}${suffix}`);
    } catch {
      // try the next name
    }
  }
  throw new Error(`no Pagefind binary for ${platform}-${process.arch}: run "npm ci" to install @pagefind/*`);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Copies the pages to index into `mirror`; returns how many HTML files the site has. */
function writeMirror(site: string, mirror: string): number {
  const files = listIndexableFiles(listFiles(site));
  let marked = 0;
  const copy = (file: string, html: string) => {
    const target = join(mirror, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, separateBlocks(html));
  };
  for (const file of files) {
    let html: string;
    try {
      html = readFileSync(join(site, file), 'utf8');
    } catch (error) {
      throw new Error(`search index: cannot read ${join(site, file)}: ${(error as Error).message}`);
    }
    if (!isMarkedForIndex(html)) continue;
    marked++;
    copy(file, html);
  }
  if (marked === 0) {
    // As Pagefind itself would: with no marked page, every page is indexed whole.
    console.warn(unmarkedWarning);
    for (const file of files) copy(file, readFileSync(join(site, file), 'utf8'));
  }
  return files.length;
}

function buildSearchIndex(site: string): void {
  const started = performance.now();
  if (!existsSync(site)) {
    throw new Error(`search index: ${site} holds no built site; run "astro build" first.`);
  }
  const outputPath = join(site, 'pagefind');
  const mirror = mkdtempSync(join(tmpdir(), 'pulse-search-index-'));
  try {
    const htmlFiles = writeMirror(site, mirror);
    rmSync(outputPath, { recursive: true, force: true });
    const run = spawnSync(resolvePagefindBinary(), buildPagefindArgs(mirror, outputPath), {
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
    const output = pointAtSite(`${run.stdout ?? ''}${run.stderr ?? ''}`.trim(), mirror, site);
    if (run.error) throw new Error(`search index: could not start Pagefind: ${run.error.message}`);
    if (run.status !== 0) {
      throw new Error(`search index: Pagefind failed (${run.signal ?? `exit ${run.status}`}) on ${site}:\n${output}`);
    }
    if (output) console.log(output);
    for (const bundle of unusedBundles) rmSync(join(outputPath, bundle), { force: true });
    const files = listFiles(outputPath);
    const bytes = files.reduce((total, file) => total + statSync(join(outputPath, file)).size, 0);
    const entry = readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8');
    const summary = formatIndexSummary({
      pages: countIndexedPages(entry),
      htmlFiles,
      outputPath: relative(process.cwd(), outputPath) || outputPath,
      files: files.length,
      bytes,
      seconds: (performance.now() - started) / 1000,
    });
    console.log(`${new Date().toTimeString().slice(0, 8)} ${summary}`);
  } finally {
    rmSync(mirror, { recursive: true, force: true });
  }
}

try {
  buildSearchIndex(resolve(process.argv[2] ?? 'dist'));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
