/**
 * View counts from a file the site owner supplies (`npm run feedback -- views FILE` writes
 * one): JSON `{ "/library/x/": 1234 }` or CSV with `path,count` columns. A page shows a
 * count only when the file has it, so the site never shows a number nobody measured.
 */
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

/** Count per URL path, paths as the site serves them ("/library/x/"). */
export type ViewCounts = ReadonlyMap<string, number>;

export class ViewsFileError extends Error {
  constructor(file: string, where: string, problem: string) {
    super(`${file}, ${where}: ${problem}`);
    this.name = 'ViewsFileError';
  }
}

/** "https://site/library/x" or "/library/x" → "/library/x/" (the site's trailingSlash: 'always'). */
export function normalizeViewPath(raw: string): string | undefined {
  const text = raw.trim();
  if (!text.startsWith('/') && !/^https?:\/\//i.test(text)) return undefined;
  let path: string;
  try {
    path = new URL(text, 'https://site.invalid').pathname;
  } catch {
    return undefined;
  }
  return /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
}

function addCount(counts: Map<string, number>, file: string, where: string, path: unknown, count: unknown): void {
  const normal = typeof path === 'string' ? normalizeViewPath(path) : undefined;
  if (!normal) throw new ViewsFileError(file, where, `"${String(path)}" is not a page path such as /library/x/`);
  const value = typeof count === 'string' && count.trim() !== '' ? Number(count) : count;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new ViewsFileError(file, where, `the count "${String(count)}" is not a whole number of 0 or more`);
  }
  // "/x" and "/x/" are one page; a file that lists both has counted it twice.
  counts.set(normal, (counts.get(normal) ?? 0) + value);
}

/** Parses a views file's text; `file` names it in errors and picks CSV (".csv") or JSON. */
export function parseViews(text: string, file: string): ViewCounts {
  const counts = new Map<string, number>();
  if (extname(file).toLowerCase() === '.csv') {
    const rows = csvParse(text);
    if (!rows.columns.includes('path') || !rows.columns.includes('count')) {
      throw new ViewsFileError(file, 'line 1', 'the header must name the columns "path" and "count"');
    }
    rows.forEach((row, index) => addCount(counts, file, `line ${index + 2}`, row['path'], row['count']));
    return counts;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ViewsFileError(file, 'JSON', (error as Error).message);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ViewsFileError(file, 'JSON', 'expected an object of path → count, such as {"/library/x/": 1234}');
  }
  for (const [path, count] of Object.entries(data)) addCount(counts, file, `key "${path}"`, path, count);
  return counts;
}

const cache = new Map<string, ViewCounts>();

/** The counts in `file`, read once per build. */
export function loadViews(file: string): ViewCounts {
  let counts = cache.get(file);
  if (!counts) cache.set(file, (counts = parseViews(readFileSync(file, 'utf8'), file)));
  return counts;
}

// Floor, not round: 1,999 views reads "1.9K", never more than were counted.
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1, roundingMode: 'floor' });
const exact = new Intl.NumberFormat('en');

/** 1 → "1 view", 1234 → "1.2K views": what the page shows. */
export function formatViews(count: number): string {
  return `${compact.format(count)} ${count === 1 ? 'view' : 'views'}`;
}

/** 1234 → "1,234 views": the exact figure, for a tooltip and screen readers. */
export function formatViewsExactly(count: number): string {
  return `${exact.format(count)} ${count === 1 ? 'view' : 'views'}`;
}
