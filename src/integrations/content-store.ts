/**
 * Keeps the content data store out of the bundler. Astro hands the build its store as one
 * JavaScript module, `export default JSON.parse("…")`, with the whole store file inlined as
 * a string: Astro reads and parses the file to check it, then Rolldown parses, copies and
 * writes the literal (124 MB at 10,000 pages), and Node compiles it again before the first
 * page. That module was the build's memory peak and two thirds of its bundle step. In a
 * build whose every page is prerendered, this plugin serves a three-line module in its
 * place that reads the same file when the pages are generated: the same data, from the
 * file Astro wrote at content sync. `astro dev`, a project with an adapter (whose server
 * would run without the file) and Astro's chunked storage keep Astro's own module.
 */
import type { AstroConfig, AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The store's module id and file name in Astro (`astro/dist/content/consts.js`; a test holds them to it). */
export const storeModuleId = 'astro:data-layer-content';
export const storeFileName = 'data-store.json';
const resolvedId = '\0pulse:data-store';
/** Parses the store's JSON a slice at a time (json-array.ts says why). */
const jsonArrayModule = fileURLToPath(new URL('../lib/json-array.ts', import.meta.url));

/**
 * The module that stands in for Astro's: the store file, read and parsed when it is
 * imported. The build's largest single allocation happens here, just after bundling has
 * left its garbage in the heap; when the build exposes the collector (`npm run build` runs
 * `astro build` with `--expose-gc`), that garbage is collected first, so the heap reuses its
 * space instead of growing. The file is read and parsed in slices (json-array.ts), so neither
 * it nor its text is ever in memory whole. At 10,000 pages the two took the build's peak
 * from 3.22 to 2.41 GB (BENCHMARKS.md).
 */
export function storeModuleCode(file: string): string {
  return [
    `import { readJsonArray } from ${JSON.stringify(jsonArrayModule)};`,
    'globalThis.gc?.();',
    `export default readJsonArray(${JSON.stringify(file)});`,
  ].join('\n');
}

/** The store file this build reads, or undefined when Astro's own module should serve it. */
export function storeFileFor(config: AstroConfig, command: string): string | undefined {
  const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
  if (command !== 'build' || config.adapter || (storage !== undefined && storage !== 'single-file')) return undefined;
  return fileURLToPath(new URL(storeFileName, config.cacheDir));
}

/** The Vite plugin: resolves Astro's store module to the reading one while the file exists. */
export function storePlugin(file: string) {
  return {
    name: 'pulse-content-store',
    enforce: 'pre' as const,
    // Before Astro's own resolver; with no file (no collections) Astro answers as it would.
    resolveId: {
      order: 'pre' as const,
      handler: (id: string) => (id === storeModuleId && existsSync(file) ? resolvedId : undefined),
    },
    load: { order: 'pre' as const, handler: (id: string) => (id === resolvedId ? storeModuleCode(file) : undefined) },
  };
}

export default function contentStore(): AstroIntegration {
  return {
    name: 'pulse-content-store',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const file = storeFileFor(config, command);
        if (file) updateConfig({ vite: { plugins: [storePlugin(file)] } });
      },
    },
  };
}
