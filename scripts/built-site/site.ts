/**
 * Walks a built site on disk. Every gate reads the site through these helpers, so a page
 * that lands under any route is checked without anyone adding it to a list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `dist/` that `npm run build` writes and CI checks. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The canonical origin baked into absolute URLs (canonical, og:url, sitemap); mirrors astro.config.mjs. */
export const siteOrigin = new URL(process.env.SITE_URL ?? 'https://pulse.example.org').origin;

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** The URL path it is served at: "/", "/library/some-guide/", "/404.html". */
  path: string;
}

/** Throws the command to run when there is no build to check. */
export function assertBuilt(dir: string = distDir): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} has no built site: run "npm run build" first (npm test does this for you).`);
  }
}

/** Every file under `dir`, as paths relative to it with "/" separators, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** "library/x/index.html" → "/library/x/"; "404.html" → "/404.html". */
export function toUrlPath(relativeFile: string): string {
  if (relativeFile === 'index.html') return '/';
  if (relativeFile.endsWith('/index.html')) return `/${relativeFile.slice(0, -'index.html'.length)}`;
  return `/${relativeFile}`;
}

/** Every HTML page of the build, sorted by URL path. */
export function listPages(dir: string = distDir): BuiltPage[] {
  assertBuilt(dir);
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file: join(dir, file), path: toUrlPath(file) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function readPage(page: BuiltPage): string {
  return readFileSync(page.file, 'utf8');
}
