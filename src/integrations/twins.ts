/**
 * Writes each article's Markdown twin beside its page once the build is done, from the
 * batches that src/pages/pulse-twins/[bundle].ndjson.ts rendered (src/lib/twin/bundle.ts
 * says why batches), and deletes them so they never ship. `astro dev` serves twins from
 * their own route.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeTwins, twinBundleDir } from '../lib/twin/bundle';

/** Splits `dir`'s batches into their twins, batch by batch; returns how many were written. */
export function writeTwins(dir: string): number {
  const folder = join(dir, twinBundleDir);
  // No batches: no articles (the markdown-twins test and the link checks catch lost twins).
  if (!existsSync(folder)) return 0;
  const seen = new Set<string>();
  for (const name of readdirSync(folder).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
    const text = readFileSync(join(folder, name), 'utf8');
    for (const { path, markdown } of decodeTwins(text, `${twinBundleDir}/${name}`, seen)) {
      const target = join(dir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, markdown);
    }
  }
  rmSync(folder, { recursive: true });
  return seen.size;
}

export default function twins(): AstroIntegration {
  return {
    name: 'pulse-twins',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const count = writeTwins(fileURLToPath(dir));
        logger.info(`${count} Markdown twins written (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
