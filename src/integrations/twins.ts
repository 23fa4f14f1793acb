/**
 * Writes each article's Markdown twin beside its page once the build is done, from the one
 * bundle that src/pages/pulse-twins.ndjson.ts rendered (src/lib/twin/bundle.ts says why),
 * and deletes the bundle so it never ships. `astro dev` serves twins from their own route.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeTwins, twinBundleFile } from '../lib/twin/bundle';

/** Splits `dir`'s bundle into its twins; returns how many were written. */
export function writeTwins(dir: string): number {
  const bundle = join(dir, twinBundleFile);
  let text: string;
  try {
    text = readFileSync(bundle, 'utf8');
  } catch {
    throw new Error(`pulse-twins: ${bundle} was not built: src/pages/${twinBundleFile}.ts renders it`);
  }
  const twins = decodeTwins(text);
  for (const { path, markdown } of twins) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, markdown);
  }
  rmSync(bundle);
  return twins.length;
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
