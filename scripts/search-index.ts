/**
 * `node scripts/search-index.ts [site]`: the second step of `npm run build`. Builds the
 * Pagefind index of the built site (default `dist/`) once `astro build` has exited, so
 * Pagefind's memory never adds to Astro's. Marked pages (`data-pagefind-body`) are copied,
 * in sorted order and with word breaks restored between block elements, into a temporary
 * mirror that Pagefind's own multi-threaded binary indexes. A large library is indexed in
 * shards, one Pagefind run each, which the browser merges (`src/lib/search-index.ts`).
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
  isShardDataFile,
  listIndexableFiles,
  pagesPerShardFrom,
  planShards,
  pointAtSite,
  shardFolder,
  shardManifest,
  shardManifestFile,
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

/** The pages to index, sorted: those marked for search, or every page when none is. */
function pagesToIndex(site: string): { pages: string[]; htmlFiles: number } {
  const files = listIndexableFiles(listFiles(site));
  const marked = files.filter((file) => {
    try {
      return isMarkedForIndex(readFileSync(join(site, file), 'utf8'));
    } catch (error) {
      throw new Error(`search index: cannot read ${join(site, file)}: ${(error as Error).message}`);
    }
  });
  if (marked.length > 0) return { pages: marked, htmlFiles: files.length };
  // As Pagefind itself would: with no marked page, every page is indexed whole.
  console.warn(unmarkedWarning);
  return { pages: files, htmlFiles: files.length };
}

/** Copies `pages` into `mirror` with word breaks restored between block elements. */
function writeMirror(site: string, pages: readonly string[], mirror: string): void {
  for (const file of pages) {
    const target = join(mirror, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, separateBlocks(readFileSync(join(site, file), 'utf8')));
  }
}

/** Runs Pagefind's binary over one mirror, failing with its output named after the built site. */
function runPagefind(site: string, mirror: string, outputPath: string): void {
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
}

function buildSearchIndex(site: string): void {
  const started = performance.now();
  if (!existsSync(site)) {
    throw new Error(`search index: ${site} holds no built site; run "astro build" first.`);
  }
  const outputPath = join(site, 'pagefind');
  const { pages, htmlFiles } = pagesToIndex(site);
  const shards = planShards(pages, pagesPerShardFrom(process.env.PULSE_SEARCH_SHARD_PAGES));
  rmSync(outputPath, { recursive: true, force: true });
  let indexed = 0;
  // One Pagefind run per shard, one after another: only one index is in memory at a time.
  shards.forEach((shard, number) => {
    const mirror = mkdtempSync(join(tmpdir(), 'pulse-search-index-'));
    const shardOutput = join(outputPath, shardFolder(number));
    try {
      writeMirror(site, shard, mirror);
      runPagefind(site, mirror, shardOutput);
    } finally {
      rmSync(mirror, { recursive: true, force: true });
    }
    indexed += countIndexedPages(readFileSync(join(shardOutput, 'pagefind-entry.json'), 'utf8'));
    if (number > 0) {
      for (const file of listFiles(shardOutput)) {
        if (!isShardDataFile(file)) rmSync(join(shardOutput, file));
      }
    }
  });
  for (const bundle of unusedBundles) rmSync(join(outputPath, bundle), { force: true });
  writeFileSync(join(outputPath, shardManifestFile), JSON.stringify(shardManifest(shards.length)));
  const files = listFiles(outputPath);
  const bytes = files.reduce((total, file) => total + statSync(join(outputPath, file)).size, 0);
  const summary = formatIndexSummary({
    pages: indexed,
    htmlFiles,
    shards: shards.length,
    outputPath: relative(process.cwd(), outputPath) || outputPath,
    files: files.length,
    bytes,
    seconds: (performance.now() - started) / 1000,
  });
  console.log(`${new Date().toTimeString().slice(0, 8)} ${summary}`);
}

try {
  buildSearchIndex(resolve(process.argv[2] ?? 'dist'));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
