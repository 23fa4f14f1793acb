/**
 * `node scripts/search-index.ts [site]`: the second step of `npm run build`. Builds the
 * Pagefind index of the built site (default `dist/`) once `astro build` has exited, so
 * Pagefind's memory never adds to Astro's. Marked pages (`data-pagefind-body`) are copied,
 * with word breaks restored between block elements, into a temporary folder that
 * Pagefind's Node API indexes on every core. A large library is indexed in shards, one
 * index each, which the browser merges (`src/lib/search-index.ts`).
 */
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
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { separateBlocks } from '../src/lib/search-html.ts';
import {
  countIndexedPages,
  formatIndexSummary,
  isMarkedForIndex,
  isShardDataFile,
  listIndexableFiles,
  pagesPerShardFrom,
  planShards,
  shardFolder,
  shardManifest,
  shardManifestFile,
  unmarkedWarning,
  unusedBundles,
} from '../src/lib/search-index.ts';

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

/** Pagefind's API reports failures in `errors` rather than throwing. */
function assertNoErrors<T extends { errors: string[] }>(response: T, doing: string): T {
  if (response.errors.length > 0) {
    throw new Error(`search index: Pagefind failed ${doing}:\n${response.errors.join('\n')}`);
  }
  return response;
}

/**
 * Writes the pages to index into `mirror`, each read once, with word breaks restored
 * between block elements: those marked for search, or every page when none is (as
 * Pagefind itself would). Returns them sorted, and how many HTML files the site has.
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
  console.warn(unmarkedWarning);
  for (const file of files) copy(file, readPage(site, file));
  return { pages: files, htmlFiles: files.length };
}

/** Moves a shard's pages from the mirror into `folder`, which Pagefind then reads alone. */
function moveShard(mirror: string, pages: readonly string[], folder: string): string {
  for (const file of pages) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    renameSync(join(mirror, file), join(folder, file));
  }
  return folder;
}

/**
 * Indexes the pages in `folder` into `outputPath` and frees the index. Pagefind reads the
 * folder itself: its `addDirectory` parses files on every core, where `addHTMLFile` goes
 * through its service one page at a time.
 */
async function indexShard(site: string, folder: string, pages: number, outputPath: string): Promise<void> {
  const { index } = assertNoErrors(await pagefind.createIndex({ forceLanguage: 'en' }), 'to start an index');
  if (!index) throw new Error('search index: Pagefind started no index');
  try {
    const added = assertNoErrors(await index.addDirectory({ path: folder }), `on ${site}`);
    if (added.page_count !== pages) {
      throw new Error(`search index: Pagefind indexed ${added.page_count} of ${pages} pages in ${site}`);
    }
    assertNoErrors(await index.writeFiles({ outputPath }), `writing ${outputPath}`);
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Indexes the site into `outputPath`, one index per shard, one after another: only one
 * index is in Pagefind's memory at a time. Extra shards keep only their data (see isShardDataFile).
 */
async function indexInShards(site: string, outputPath: string) {
  const work = mkdtempSync(join(tmpdir(), 'pulse-search-'));
  const mirror = join(work, 'site');
  let indexed = 0;
  try {
    const { pages, htmlFiles } = writeMirror(site, mirror);
    const shards = planShards(pages, pagesPerShardFrom(process.env.PULSE_SEARCH_SHARD_PAGES));
    rmSync(outputPath, { recursive: true, force: true });
    for (const [number, shard] of shards.entries()) {
      const shardOutput = join(outputPath, shardFolder(number));
      const folder = shards.length === 1 ? mirror : moveShard(mirror, shard, join(work, `shard-${number}`));
      await indexShard(site, folder, shard.length, shardOutput);
      indexed += countIndexedPages(readFileSync(join(shardOutput, 'pagefind-entry.json'), 'utf8'));
      if (number === 0) continue;
      for (const file of listFiles(shardOutput)) {
        if (!isShardDataFile(file)) rmSync(join(shardOutput, file));
      }
    }
    return { indexed, htmlFiles, shards: shards.length };
  } finally {
    await pagefind.close();
    rmSync(work, { recursive: true, force: true });
  }
}

async function buildSearchIndex(site: string): Promise<void> {
  const started = performance.now();
  if (!existsSync(site)) {
    throw new Error(`search index: ${site} holds no built site; run "astro build" first.`);
  }
  const outputPath = join(site, 'pagefind');
  const { indexed, htmlFiles, shards } = await indexInShards(site, outputPath);
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
  await buildSearchIndex(resolve(process.argv[2] ?? 'dist'));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
