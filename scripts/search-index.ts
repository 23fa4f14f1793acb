/**
 * `node scripts/search-index.ts [site]`: the second step of `npm run build`. Builds the
 * Pagefind index of the built site (default `dist/`) once `astro build` has exited, so
 * Pagefind's memory never adds to Astro's. Marked pages (`data-pagefind-body`) are copied,
 * with word breaks restored between block elements, into a temporary folder that
 * Pagefind's Node API indexes on every core, a folder of pages at a time while the next is
 * copied. A large library is indexed in shards, one index each, which the browser merges
 * (`src/lib/search-index.ts`).
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
  pagesPerMirrorFolder,
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
 * Copies the pages to index from `files` into folders under `mirror`, `perFolder` pages to
 * a folder, each read once and with word breaks restored between block elements: those
 * marked for search, or every page when none is (as Pagefind itself would). `folderDone`
 * hears of each folder as soon as it is complete. Returns the pages, in sorted order.
 */
function writeMirror(
  site: string,
  files: readonly string[],
  mirror: string,
  perFolder: number,
  folderDone: (folder: string) => void = () => {},
): readonly string[] {
  let written = 0;
  let folder = mirror;
  const copy = (file: string, html: string) => {
    if (written % perFolder === 0) folder = join(mirror, `part-${Math.floor(written / perFolder)}`);
    const target = join(folder, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, separateBlocks(html));
    written += 1;
    if (written % perFolder === 0) folderDone(folder);
  };
  const pages: string[] = [];
  for (const file of files) {
    const html = readPage(site, file);
    if (!isMarkedForIndex(html)) continue;
    copy(file, html);
    pages.push(file);
  }
  if (pages.length === 0) {
    console.warn(unmarkedWarning);
    for (const file of files) copy(file, readPage(site, file));
  }
  if (written % perFolder !== 0) folderDone(folder);
  return pages.length > 0 ? pages : files;
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
 * Starts a Pagefind index, lets `fill` add folders to it (its `addDirectory` parses files on
 * every core, where `addHTMLFile` goes through its service one page at a time), checks that
 * every page went in, writes the index to `outputPath` and frees it.
 */
async function writeIndex(
  site: string,
  outputPath: string,
  fill: (index: pagefind.PagefindIndex) => { pages: number; added: Promise<pagefind.IndexingResponse>[] },
): Promise<void> {
  const { index } = assertNoErrors(await pagefind.createIndex({ forceLanguage: 'en' }), 'to start an index');
  if (!index) throw new Error('search index: Pagefind started no index');
  try {
    const { pages, added } = fill(index);
    const responses = await Promise.all(added);
    const count = responses.reduce((total, response) => total + assertNoErrors(response, `on ${site}`).page_count, 0);
    if (count !== pages) throw new Error(`search index: Pagefind indexed ${count} of ${pages} pages in ${site}`);
    // Pagefind's service builds the index twice here (its WriteFiles handler and write_files
    // each call build_indexes), about 1 s per 2,000 pages more than its CLI (BENCHMARKS.md).
    assertNoErrors(await index.writeFiles({ outputPath }), `writing ${outputPath}`);
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Indexes the site into `outputPath`. When the site has no more HTML files than one index
 * takes, Pagefind reads each folder of the mirror while the next one is written: folders
 * of `pagesPerMirrorFolder` pages, added in sorted order, so every build numbers the
 * pages alike. A larger library is mirrored whole first, then indexed one shard after
 * another, so only one index is in Pagefind's memory at a time; extra shards keep only
 * their data (see isShardDataFile).
 */
async function indexSite(site: string, outputPath: string) {
  const files = listIndexableFiles(listFiles(site));
  const pagesPerShard = pagesPerShardFrom(process.env.PULSE_SEARCH_SHARD_PAGES);
  rmSync(outputPath, { recursive: true, force: true });
  const work = mkdtempSync(join(tmpdir(), 'pulse-search-'));
  const mirror = join(work, 'site');
  const entryPages = (folder: string) => countIndexedPages(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8'));
  try {
    if (files.length <= pagesPerShard) {
      await writeIndex(site, outputPath, (index) => {
        const added: Promise<pagefind.IndexingResponse>[] = [];
        const pages = writeMirror(site, files, mirror, pagesPerMirrorFolder, (path) =>
          added.push(index.addDirectory({ path })),
        );
        return { pages: pages.length, added };
      });
      return { indexed: entryPages(outputPath), htmlFiles: files.length, shards: 1 };
    }
    // One folder holding every page, which the shards are then moved out of.
    let whole = mirror;
    const pages = writeMirror(site, files, mirror, Number.POSITIVE_INFINITY, (folder) => (whole = folder));
    const shards = planShards(pages, pagesPerShard);
    let indexed = 0;
    for (const [number, shard] of shards.entries()) {
      const shardOutput = join(outputPath, shardFolder(number));
      const path = shards.length === 1 ? whole : moveShard(whole, shard, join(work, `shard-${number}`));
      await writeIndex(site, shardOutput, (index) => ({ pages: shard.length, added: [index.addDirectory({ path })] }));
      indexed += entryPages(shardOutput);
      if (number === 0) continue;
      for (const file of listFiles(shardOutput)) {
        if (!isShardDataFile(file)) rmSync(join(shardOutput, file));
      }
    }
    return { indexed, htmlFiles: files.length, shards: shards.length };
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
  const { indexed, htmlFiles, shards } = await indexSite(site, outputPath);
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
