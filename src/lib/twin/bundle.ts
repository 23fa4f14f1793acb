/**
 * How the Markdown twins reach dist/: one route renders every twin into one file
 * (src/pages/pulse-twins.ndjson.ts), and the twins integration (src/integrations/twins.ts)
 * writes each beside its page once the build is done and deletes the bundle. One route
 * instead of one per article: Astro's per-route work (a render context, a response, a file
 * write and a log line) cost about as much again as the twin itself. BENCHMARKS.md has the
 * measurement.
 */

/** The bundle's name in dist/; it never ships. */
export const twinBundleFile = 'pulse-twins.ndjson';

export interface Twin {
  /** The twin's path in dist/, relative: `library/<id>.md`. */
  path: string;
  markdown: string;
}

/** One JSON object per line, in the order given. */
export function encodeTwins(twins: Iterable<Twin>): string {
  let out = '';
  for (const { path, markdown } of twins) out += `${JSON.stringify({ path, markdown })}\n`;
  return out;
}

/** A path that stays inside dist/ and names a Markdown file. */
function isTwinPath(path: unknown): path is string {
  return (
    typeof path === 'string' &&
    path.endsWith('.md') &&
    !path.startsWith('/') &&
    !path.includes('\\') &&
    !path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')
  );
}

/** The twins in a bundle; throws naming the line of anything that is not one. */
export function decodeTwins(text: string, file = twinBundleFile): Twin[] {
  const twins: Twin[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, index) => {
    if (!line) return;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${where}: not a JSON line`);
    }
    const { path, markdown } = (value ?? {}) as { path?: unknown; markdown?: unknown };
    if (!isTwinPath(path)) throw new Error(`${where}: path ${JSON.stringify(path)} is not a .md file inside the site`);
    if (typeof markdown !== 'string') throw new Error(`${where}: ${path} has no Markdown`);
    if (seen.has(path)) throw new Error(`${where}: ${path} is in the bundle twice`);
    seen.add(path);
    twins.push({ path, markdown });
  });
  return twins;
}
