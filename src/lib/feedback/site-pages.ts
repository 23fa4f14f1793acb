/**
 * The pages a built site has, read from the build itself: every `index.html` under the
 * output directory is a page at its folder's path (the site builds with trailingSlash:
 * 'always'). The receiver accepts answers and views for these paths only.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** "/", "/library/x/", … for every index.html under `distDir`; throws when there is no build. */
export function readSitePages(distDir: string): Set<string> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir} has no built site: run "npm run build" first, or pass --dist with the built site.`);
  }
  const pages = new Set<string>();
  for (const file of readdirSync(distDir, { recursive: true, encoding: 'utf8' })) {
    const parts = file.split(/[\\/]/);
    if (parts.at(-1) === 'index.html')
      pages.add(
        `/${parts
          .slice(0, -1)
          .map((part) => `${part}/`)
          .join('')}`,
      );
  }
  return pages;
}
