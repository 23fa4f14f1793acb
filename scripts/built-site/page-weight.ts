/**
 * What a first visit to a page costs over the wire: the HTML document, the stylesheets it
 * links and the scripts it loads up front (module scripts and everything they import
 * statically, and the definition of each calculator the page shows, which its script
 * imports at once), each gzipped. Inline <style>/<script> count as HTML; other lazily
 * imported code (the search index, loaded on /search/ when a query runs) is not part of
 * the first visit.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

export type Asset = 'html' | 'css' | 'js';

const gzipCache = new Map<string, number>();

/** gzip size in bytes at zlib's default level, the level most servers use on the fly. */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content).length;
}

function gzipFile(distDir: string, relativeFile: string): number {
  let size = gzipCache.get(relativeFile);
  if (size === undefined) {
    size = gzipSize(readFileSync(posix.join(distDir, relativeFile)));
    gzipCache.set(relativeFile, size);
  }
  return size;
}

/** A same-site URL from `fromPath` as a path relative to dist/, or undefined for other hosts. */
function toDistFile(url: string, fromPath: string): string | undefined {
  if (/^([a-z][a-z\d+.-]*:|\/\/)/i.test(url)) return undefined;
  const resolved = new URL(url, `http://site${fromPath}`);
  return decodeURIComponent(resolved.pathname).slice(1);
}

function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attributes.set((match[1] ?? '').toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Specifiers a module loads before it runs: `import … from "x"`, `import "x"`, `export … from "x"`. */
export function readStaticImports(code: string): string[] {
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
  return [...code.matchAll(pattern)].map((match) => match[1] ?? '');
}

/**
 * A calculator's definition as the bundled calculator script imports it lazily, one chunk
 * per calculator: `"…/calculators/<id>/definition.ts":()=>…import(`./definition.x.js`)`.
 */
const lazyDefinition =
  /calculators\/([a-z0-9-]+)\/definition\.ts["']\s*:\s*\(\)\s*=>[^`'"]*?import\(\s*[`'"]([^`'"]+)[`'"]\s*\)/g;

/** The calculators a page shows (`data-tool="<id>"` on each rendered calculator). */
export function readShownTools(html: string): Set<string> {
  return new Set([...html.matchAll(/\bdata-tool="([a-z0-9-]+)"/g)].map((match) => match[1]!));
}

/**
 * The JS files a page loads on a first visit, following static imports from its module
 * scripts and the lazy import of each calculator in `shownTools`: `entries` and the result
 * are paths relative to `distDir` ("_astro/x.js").
 */
export function collectScripts(
  distDir: string,
  entries: readonly string[],
  shownTools: ReadonlySet<string> = new Set(),
): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(posix.join(distDir, file), 'utf8');
    for (const specifier of readStaticImports(code)) {
      const imported = toDistFile(specifier, `/${file}`);
      if (imported && (specifier.startsWith('.') || specifier.startsWith('/'))) queue.push(imported);
    }
    for (const [, id, specifier] of code.matchAll(lazyDefinition)) {
      const imported = shownTools.has(id!) ? toDistFile(specifier!, `/${file}`) : undefined;
      if (imported) queue.push(imported);
    }
  }
  return seen;
}

/** Measures the page served at `path` whose markup is `html`. */
export function measurePage(distDir: string, path: string, html: string): PageWeight {
  const stylesheets = new Set<string>();
  const scripts: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/gi)) {
    const attributes = readAttributes(tag.slice(1, -1));
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (tag.toLowerCase().startsWith('<link') && rel.includes('stylesheet')) {
      const file = toDistFile(attributes.get('href') ?? '', path);
      if (file) stylesheets.add(file);
    } else if (tag.toLowerCase().startsWith('<link') && rel.includes('modulepreload')) {
      const file = toDistFile(attributes.get('href') ?? '', path);
      if (file) scripts.push(file);
    } else if (tag.toLowerCase().startsWith('<script') && attributes.has('src')) {
      const file = toDistFile(attributes.get('src') ?? '', path);
      if (file) scripts.push(file);
    }
  }
  // Astro inlines small module scripts; what they import still loads up front.
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = readAttributes(match[1] ?? '');
    if (attributes.has('src') || attributes.get('type') !== 'module') continue;
    for (const specifier of readStaticImports(match[2] ?? '')) {
      const file = toDistFile(specifier, path);
      if (file) scripts.push(file);
    }
  }
  const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipFile(distDir, file), 0);
  return {
    html: gzipSize(html),
    css: sum(stylesheets),
    js: sum(collectScripts(distDir, scripts, readShownTools(html))),
  };
}
