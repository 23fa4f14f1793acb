/**
 * What a built site costs a reader: per-page HTML, CSS and JS as gzip transfers, and the
 * size of the Pagefind index. Static imports are followed, dynamic ones are not: code a
 * page fetches only on demand (Pagefind, once /search/ runs a query) is not part of its first load.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Spread {
  median: number;
  max: number;
}

export interface DistReport {
  htmlFiles: number;
  html: Spread;
  css: Spread;
  js: Spread;
  /** HTML + linked CSS + linked JS, each counted once. */
  total: Spread;
  /** Pages with no calculator element (and not /search/) that load any JavaScript up front. */
  pagesWithoutCalculatorShippingJs: number;
  /**
   * Gzip JavaScript loaded up front by pages with no calculator, /search/ aside: none, now
   * that the header search is a plain form (the issue's target).
   */
  jsWithoutCalculator: Spread;
  pagesWithCalculator: number;
  /** The heaviest page by total, to know where to look. */
  heaviestPage: string;
  /** Rendered diagrams (figures holding a build-time SVG) across all pages. */
  diagramSvgs: number;
  pagefind: { indexBytes: number; runtimeBytes: number; files: number } | null;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile());
}

const gzipSize = (data: string | Buffer) => gzipSync(data).length;

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1];

/** Resolves a reference from a page or a script to a file path under dist, if it is local. */
function resolveLocal(dist: string, fromFile: string, ref: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(ref)) return undefined;
  const clean = ref.split(/[?#]/)[0] ?? '';
  if (clean.startsWith('/')) return join(dist, clean);
  return join(dirname(fromFile), clean);
}

/** A script's own gzip size plus every chunk it imports statically, each once. */
function collectScripts(dist: string, entry: string, seen: Set<string>): void {
  if (seen.has(entry)) return;
  seen.add(entry);
  let source: string;
  try {
    source = readFileSync(entry, 'utf8');
  } catch {
    return;
  }
  const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;
  for (const match of source.matchAll(staticImport)) {
    const target = resolveLocal(dist, entry, match[1] ?? '');
    if (target) collectScripts(dist, target, seen);
  }
}

/** A build-time diagram: Pulse's figure wrapper, or mermaid's own SVG role if a page inlines one bare. */
const diagramMarker =
  /<figure\b[^>]*\bdata-diagram=|aria-roledescription="(?:flowchart|sequence|class|state|er|gantt|journey|pie)[^"]*"/g;

export function reportDist(dist: string): DistReport {
  const sizeCache = new Map<string, number>();
  const fileSize = (file: string) => {
    let size = sizeCache.get(file);
    if (size === undefined) {
      try {
        size = gzipSize(readFileSync(file));
      } catch {
        size = 0;
      }
      sizeCache.set(file, size);
    }
    return size;
  };
  const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
  const html: number[] = [];
  const css: number[] = [];
  const js: number[] = [];
  const jsWithoutCalculator: number[] = [];
  const total: number[] = [];
  let shippingJs = 0;
  let withCalculator = 0;
  let diagramSvgs = 0;
  let heaviest = { page: '', bytes: -1 };
  for (const page of pages) {
    const source = readFileSync(page, 'utf8');
    const htmlBytes = gzipSize(source);
    const sheets = new Set<string>();
    const scripts = new Set<string>();
    const entryScripts: string[] = [];
    let inlineCss = 0;
    let inlineJs = 0;
    for (const tag of source.match(/<link\b[^>]*>/gi) ?? []) {
      const rel = attr(tag, 'rel')?.toLowerCase();
      const href = attr(tag, 'href');
      const target = href ? resolveLocal(dist, page, href) : undefined;
      if (!target) continue;
      if (rel === 'stylesheet') sheets.add(target);
      if (rel === 'modulepreload') {
        entryScripts.push(target);
        collectScripts(dist, target, scripts);
      }
    }
    for (const match of source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineCss += gzipSize(match[1] ?? '');
    for (const match of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const attrs = match[1] ?? '';
      const type = attr(attrs, 'type')?.toLowerCase();
      if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON-LD and other data blocks
      const src = attr(attrs, 'src');
      const target = src ? resolveLocal(dist, page, src) : undefined;
      if (target) {
        entryScripts.push(target);
        collectScripts(dist, target, scripts);
      } else if ((match[2] ?? '').trim()) inlineJs += gzipSize(match[2] ?? '');
    }
    const cssBytes = [...sheets].reduce((sum, file) => sum + fileSize(file), 0);
    const jsBytes = [...scripts].reduce((sum, file) => sum + fileSize(file), 0);
    html.push(htmlBytes);
    css.push(cssBytes + inlineCss);
    js.push(jsBytes + inlineJs);
    const pageTotal = htmlBytes + cssBytes + jsBytes;
    total.push(pageTotal);
    if (pageTotal > heaviest.bytes) heaviest = { page: relative(dist, page), bytes: pageTotal };
    // Search is open on /search/, so its own script is allowed there.
    const isSearchPage = relative(dist, page) === join('search', 'index.html');
    const hasCalculator = /<(?:calc|kpi)-[a-z-]+[\s>]/.test(source);
    // Only the /search/ page and calculators may ship JavaScript; anything else is a leak.
    if (hasCalculator) withCalculator++;
    else if (!isSearchPage) {
      jsWithoutCalculator.push(jsBytes + inlineJs);
      if (entryScripts.length > 0 || inlineJs > 0) shippingJs++;
    }
    diagramSvgs += (source.match(diagramMarker) ?? []).length;
  }
  return {
    htmlFiles: pages.length,
    html: spread(html),
    css: spread(css),
    js: spread(js),
    total: spread(total),
    pagesWithoutCalculatorShippingJs: shippingJs,
    jsWithoutCalculator: spread(jsWithoutCalculator),
    pagesWithCalculator: withCalculator,
    heaviestPage: posix.join('/', heaviest.page),
    diagramSvgs,
    pagefind: reportPagefind(join(dist, 'pagefind')),
  };
}

/** Index files (what grows with the library) apart from the fixed runtime (JS, WASM, UI CSS). */
function reportPagefind(dir: string): DistReport['pagefind'] {
  let files: string[];
  try {
    files = listFiles(dir);
  } catch {
    return null;
  }
  let indexBytes = 0;
  let runtimeBytes = 0;
  for (const file of files) {
    const size = statSync(file).size;
    if (/\.(js|css|wasm)$/.test(file) || /wasm\.[a-z-]+\.pagefind$/.test(file)) runtimeBytes += size;
    else indexBytes += size;
  }
  return { indexBytes, runtimeBytes, files: files.length };
}
