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
  renameSync,
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

function readPage(site: string, file: string): string {
  try {
    return readFileSync(join(site, file), 'utf8');
  } catch (error) {
    throw new Error(`search index: cannot read ${join(site, file)}: ${(error as Error).message}`);
  }
}

/**
 * Writes the pages to index into `mirror`, each read once, with word breaks restored
 * between block elements: those marked for search, or every page when none is.
 * Returns them sorted, and how many HTML files the site has.
 */
function writeMirror(site: string, mirror: string): { pages: string[]; htmlFiles: number } {
  const files = listIndexableFiles(listFiles(site));
  const copy = (file: string, html: string) => {
    const target = join(mirror, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, separateBlocks(html));
  };
  mkdirSync(mirror, { recursive: true });
  const pages: string[] = [];
  for (const file of files) {
    const html = readPage(site, file);
    if (!isMarkedForIndex(html)) continue;
    copy(file, html);
    pages.push(file);
  }
  if (pages.length > 0) return { pages, htmlFiles: files.length };
  // As Pagefind itself would: with no marked page, every page is indexed whole.
  console.warn(unmarkedWarning);
  for (const file of files) copy(file, readPage(site, file));
  return { pages: files, htmlFiles: files.length };
}

/** Moves a shard's pages from the mirror into `folder`, for the shard's own Pagefind run. */
function moveShard(mirror: string, pages: readonly string[], folder: string): string {
  for (const file of pages) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    renameSync(join(mirror, file), join(folder, file));
  }
  return folder;
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

/**
 * Indexes the site into `outputPath`, one Pagefind run per shard, one after another: only
 * one index is in memory at a time. Extra shards keep only their data (see isShardDataFile).
 */
function indexInShards(site: string, outputPath: string): { indexed: number; htmlFiles: number; shards: number } {
  const scratch = mkdtempSync(join(tmpdir(), 'pulse-search-index-'));
  try {
    const mirror = join(scratch, 'pages');
    const { pages, htmlFiles } = writeMirror(site, mirror);
    const shards = planShards(pages, pagesPerShardFrom(process.env.PULSE_SEARCH_SHARD_PAGES));
    // The first shard is what stays in the mirror once the others have moved to folders of their own.
    const sites = shards.map((shard, number) =>
      number === 0 ? mirror : moveShard(mirror, shard, join(scratch, `shard-${number + 1}`)),
    );
    rmSync(outputPath, { recursive: true, force: true });
    let indexed = 0;
    sites.forEach((shardSite, number) => {
      const shardOutput = join(outputPath, shardFolder(number));
      runPagefind(site, shardSite, shardOutput);
      indexed += countIndexedPages(readFileSync(join(shardOutput, 'pagefind-entry.json'), 'utf8'));
      if (number === 0) return;
      for (const file of listFiles(shardOutput)) {
        if (!isShardDataFile(file)) rmSync(join(shardOutput, file));
      }
    });
    return { indexed, htmlFiles, shards: shards.length };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function buildSearchIndex(site: string): void {
  const started = performance.now();
  if (!existsSync(site)) {
    throw new Error(`search index: ${site} holds no built site; run "astro build" first.`);
  }
  const outputPath = join(site, 'pagefind');
  const { indexed, htmlFiles, shards } = indexInShards(site, outputPath);
  for (const bundle of unusedBundles) rmSync(join(outputPath, bundle), { force: true });
  writeFileSync(join(outputPath, shardManifestFile), JSON.stringify(shardManifest(shards)));
  const files = listFiles(outputPath);
  const bytes = files.reduce((total, file) => total + statSync(join(outputPath, file)).size, 0);
  const summary = formatIndexSummary({
    pages: indexed,
    htmlFiles,
    shards,
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
