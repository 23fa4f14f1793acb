/**
 * An entry's Markdown body, read from its file. The content collections do not keep
 * bodies in Astro's data store (`retainBody: false`): at 10,000 pages that store is held
 * in memory for the whole build, and only a few steps of one page need its body.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The `---` (or TOML `+++`) block Astro strips, with any blank lines before it. */
const frontmatter = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)[\s\S]*?\n(?:---|\+\+\+)/;

/** What Astro's glob loader stores as `body`: the source after its frontmatter, trimmed. */
export function stripFrontmatter(source: string): string {
  const match = frontmatter.exec(source);
  return (match ? source.slice(match.index + match[0].length) : source).trim();
}

/** The body of the entry at `filePath`, relative to `root` (the project, where builds run). */
export function readEntryBody(filePath: string, root = process.cwd()): string {
  return stripFrontmatter(readFileSync(resolve(root, filePath), 'utf8'));
}
