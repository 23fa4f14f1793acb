/**
 * How the Markdown twins reach dist/: a few routes each render a batch of twins into one
 * file (src/pages/pulse-twins/[bundle].ndjson.ts), and the twins integration
 * (src/integrations/twins.ts) writes each twin beside its page once the build is done and
 * deletes the batches. Batches, not one route per article: Astro's per-route work (a render
 * context, a response, a file write, a log line) cost about as much again as the twin. Not
 * one route for all: at 10,000 articles that one response held every twin in memory several
 * times over (+1.07 GB at the build's peak). BENCHMARKS.md has the measurements.
 */

/** The folder of batches in dist/; it never ships. */
export const twinBundleDir = 'pulse-twins';

/** Twins per batch: about 2.7 MB of Markdown at the bench's 10.8 kB a twin. */
export const twinsPerBundle = 250;

/** The items of `list` in batches of `size`, in order. */
export function batches<T>(list: readonly T[], size = twinsPerBundle): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < list.length; start += size) out.push(list.slice(start, start + size));
  return out;
}

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

/**
 * The twins in a batch; throws naming the line of anything that is not one, or of a path
 * already in `seen` (shared across a build's batches).
 */
export function decodeTwins(text: string, file: string, seen = new Set<string>()): Twin[] {
  const twins: Twin[] = [];
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
    if (seen.has(path)) throw new Error(`${where}: ${path} is in the batches twice`);
    seen.add(path);
    twins.push({ path, markdown });
  });
  return twins;
}
