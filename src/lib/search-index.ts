/**
 * The pure half of `scripts/search-index.ts`, which builds the Pagefind index after
 * `astro build` has exited: which built files go into the index, in what order, how a
 * large library is split into shards, and how the outcome is reported.
 */

/** Default-UI bundles Pagefind writes that Pulse's own search UI never loads. */
export const unusedBundles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
] as const;

/** A page that marks its article for Pagefind; unmarked pages stay out of the index. */
export function isMarkedForIndex(html: string): boolean {
  return html.includes('data-pagefind-body');
}

/**
 * Built HTML files (relative to the site, `/`-separated) to index, in code-point order:
 * Pagefind numbers pages in the order it meets them, so a fixed order keeps two builds
 * of the same content byte-identical. The index's own folder is never indexed.
 */
export function listIndexableFiles(relativeFiles: readonly string[], outputSubdir = 'pagefind'): string[] {
  return relativeFiles
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${outputSubdir}/`))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

interface PagefindEntry {
  languages?: Record<string, { page_count?: number }>;
}

/** Pages in the index, from the `pagefind-entry.json` Pagefind writes. */
export function countIndexedPages(entryJson: string): number {
  const entry = JSON.parse(entryJson) as PagefindEntry;
  return Object.values(entry.languages ?? {}).reduce((total, language) => total + (language.page_count ?? 0), 0);
}

export interface IndexSummary {
  pages: number;
  htmlFiles: number;
  shards: number;
  outputPath: string;
  files: number;
  bytes: number;
  seconds: number;
}

/** The one line the step logs; the bench reads the seconds from it. */
export function formatIndexSummary(summary: IndexSummary): string {
  return (
    `[search-index] indexed ${summary.pages} of ${summary.htmlFiles} HTML files into ${summary.outputPath}/ ` +
    `(${summary.shards === 1 ? '' : `${summary.shards} shards, `}${summary.files} files, ` +
    `${(summary.bytes / 1024).toFixed(1)} kB) in ${summary.seconds.toFixed(2)} s`
  );
}

export const unmarkedWarning =
  '[search-index] No page marks its article with data-pagefind-body, so Pagefind indexes whole pages, menus included.';

/**
 * Pages per Pagefind index. Pagefind holds a whole index in memory (about 0.4 GB per
 * 1,000 Pulse pages, measured), so a library larger than this is indexed as several
 * indexes, one after another, and the browser merges them; each extra index costs the
 * first search about 20 kB a query word. By the measured rates (Pagefind 0.41 GB per 1,000
 * pages; Astro's build 2.05 GB at 5,000 pages and 3.15 GB at 10,000), one index of 5,500
 * pages peaks near where Astro's build of that library does, and the shards of a larger
 * library stay below it. At 10,042 pages (2026-12-07): two shards peaked at 2.05 GB against Astro's
 * 3.09 GB and cost a first search 459.8 kB; three (4,000 a shard) 1.35 GB and 499.2 kB; one
 * index 3.72 GB, above Astro's peak, and 419.7 kB.
 */
export const defaultPagesPerShard = 5500;

/**
 * Pages per folder of the copy Pagefind reads, when the site fits one index. Pagefind
 * parses one folder on every core while the step writes the next, instead of waiting for
 * the whole copy: at 2,000 pages the step took about 1 s less wall time on two cores
 * (BENCHMARKS.md). Folders go in one after another, in sorted order, so every build
 * numbers the pages alike.
 */
export const pagesPerMirrorFolder = 250;

/**
 * Splits the sorted pages into as few consecutive shards as `pagesPerShard` allows,
 * sized within one page of each other so no shard is a small remainder.
 */
export function planShards<T>(pages: readonly T[], pagesPerShard = defaultPagesPerShard): T[][] {
  if (!Number.isInteger(pagesPerShard) || pagesPerShard < 1) {
    throw new Error(`search index: pages per shard must be a whole number of at least 1, not ${pagesPerShard}`);
  }
  const count = Math.max(1, Math.ceil(pages.length / pagesPerShard));
  const shards: T[][] = [];
  for (let shard = 0, start = 0; shard < count; shard++) {
    const end = start + Math.floor(pages.length / count) + (shard < pages.length % count ? 1 : 0);
    shards.push(pages.slice(start, end));
    start = end;
  }
  return shards;
}

/** Where shard `n` (0 is the main index) is written, relative to the main index's folder. */
export function shardFolder(shard: number): string {
  return shard === 0 ? '' : `shard-${shard + 1}/`;
}

/** The file the browser reads to learn which shards to merge into the main index. */
export const shardManifestFile = 'pulse-shards.json';

export interface ShardManifest {
  /** Folders of the extra indexes, relative to the main index's folder. */
  merge: string[];
}

export function shardManifest(shardCount: number): ShardManifest {
  return { merge: Array.from({ length: shardCount - 1 }, (_, index) => shardFolder(index + 1)) };
}

/**
 * Files an extra shard keeps. The browser merges a shard with the main index's
 * runtime and WebAssembly, so only the shard's entry, metadata, word index,
 * filters and fragments are published.
 */
export function isShardDataFile(file: string): boolean {
  return (
    file === 'pagefind-entry.json' ||
    file.endsWith('.pf_meta') ||
    /^(index|fragment|filter)\//.test(file.split('\\').join('/'))
  );
}

/** Reads `PULSE_SEARCH_SHARD_PAGES` when set, for measuring other shard sizes. */
export function pagesPerShardFrom(value: string | undefined): number {
  if (value === undefined || value === '') return defaultPagesPerShard;
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1) {
    throw new Error(`search index: PULSE_SEARCH_SHARD_PAGES must be a whole number of at least 1, not "${value}"`);
  }
  return pages;
}
