/**
 * Builds the Pagefind search index as the last step of `astro build`, over the HTML
 * that was just written. Only elements marked `data-pagefind-body` are indexed
 * (article content, not headers, footers or related lists); filters and metadata
 * come from the attributes `SearchMeta.astro` emits. Pages go in one by one, with
 * word breaks restored between block elements that HTML compression glued together.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { separateBlocks, urlOfBuiltFile } from '../lib/search-html';

/** Default-UI bundles Pagefind writes that Pulse's own search UI never loads. */
const unusedBundles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function sumBytes(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  return sizes.reduce((total, size) => total + size, 0);
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/** Indexes every built page (Pagefind keeps only `data-pagefind-body` content) and writes the bundle. */
export async function buildSearchIndex(site: string, logger: AstroIntegrationLogger): Promise<void> {
  const htmlFiles = (await listFiles(site)).filter(
    (file) => file.endsWith('.html') && !file.startsWith(join(site, 'pagefind')),
  );
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) fail('start', errors);
  try {
    let marked = 0;
    for (const file of htmlFiles) {
      const html = await readFile(file, 'utf8');
      if (html.includes('data-pagefind-body')) marked++;
      const added = await index.addHTMLFile({
        url: urlOfBuiltFile(relative(site, file)),
        content: separateBlocks(html),
      });
      if (added.errors.length > 0) fail(`index ${relative(process.cwd(), file)}`, added.errors);
    }
    if (marked === 0) {
      logger.warn(
        'No page marks its article with data-pagefind-body, so Pagefind indexes whole pages, menus included.',
      );
    }
    const outputPath = join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail(`write ${outputPath}`, written.errors);
    await Promise.all(unusedBundles.map((file) => rm(join(outputPath, file), { force: true })));
    const files = await listFiles(outputPath);
    const bytes = await sumBytes(files);
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    const pages = Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
    logger.info(
      `indexed ${pages} of ${htmlFiles.length} HTML files into ${relative(process.cwd(), outputPath)}/ ` +
        `(${files.length} files, ${(bytes / 1024).toFixed(1)} kB)`,
    );
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pulse:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
