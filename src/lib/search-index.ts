/**
 * The pure half of `scripts/search-index.ts`, which builds the Pagefind index after
 * `astro build` has exited: which built files go into the index, in what order, with
 * which arguments Pagefind runs, and how its outcome is reported.
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

/** Arguments for Pagefind's CLI: index `mirror`, write the bundle to `outputPath`, English only. */
export function buildPagefindArgs(mirror: string, outputPath: string): string[] {
  return ['--site', mirror, '--output-path', outputPath, '--force-language', 'en', '--quiet'];
}

/** Pagefind's output with the temporary mirror's paths turned back into the built site's. */
export function pointAtSite(output: string, mirror: string, site: string): string {
  return output.split(mirror).join(site);
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
  outputPath: string;
  files: number;
  bytes: number;
  seconds: number;
}

/** The one line the step logs; the bench reads the seconds from it. */
export function formatIndexSummary(summary: IndexSummary): string {
  return (
    `[search-index] indexed ${summary.pages} of ${summary.htmlFiles} HTML files into ${summary.outputPath}/ ` +
    `(${summary.files} files, ${(summary.bytes / 1024).toFixed(1)} kB) in ${summary.seconds.toFixed(2)} s`
  );
}

export const unmarkedWarning =
  '[search-index] No page marks its article with data-pagefind-body, so Pagefind indexes whole pages, menus included.';
