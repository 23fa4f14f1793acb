import type { AstroConfig } from 'astro';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  storeFileFor,
  storeFileName,
  storeModuleCode,
  storeModuleId,
  storePlugin,
} from '../../src/integrations/content-store';

const cacheDir = new URL('file:///project/node_modules/.astro/');
const config = (overrides: Record<string, unknown> = {}) =>
  ({ cacheDir, adapter: undefined, experimental: {}, ...overrides }) as unknown as AstroConfig;

describe('storeFileFor', () => {
  it('reads the store file in a static build', () => {
    expect(storeFileFor(config(), 'build')).toBe('/project/node_modules/.astro/data-store.json');
    expect(storeFileFor(config({ experimental: { collectionStorage: 'single-file' } }), 'build')).toBe(
      '/project/node_modules/.astro/data-store.json',
    );
  });

  it("leaves Astro's module to the dev server, an adapter's server and chunked storage", () => {
    expect(storeFileFor(config(), 'dev')).toBeUndefined();
    expect(storeFileFor(config({ adapter: { name: '@astrojs/node' } }), 'build')).toBeUndefined();
    expect(storeFileFor(config({ experimental: { collectionStorage: 'chunked' } }), 'build')).toBeUndefined();
  });
});

describe('storePlugin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-store-'));
  const file = join(dir, storeFileName);
  /** Writes the module the plugin serves to `name` and imports it: its default export. */
  const importStore = async (name: string) => {
    const module = join(dir, name);
    writeFileSync(module, storeModuleCode(file));
    return ((await import(pathToFileURL(module).href)) as { default: unknown }).default;
  };

  it("answers for Astro's store module only while the store file exists", () => {
    const plugin = storePlugin(file);
    rmSync(file, { force: true });
    expect(plugin.resolveId.handler(storeModuleId)).toBeUndefined();
    writeFileSync(file, '[]');
    const resolved = plugin.resolveId.handler(storeModuleId);
    expect(resolved).toBeTypeOf('string');
    expect(plugin.resolveId.handler('astro:content')).toBeUndefined();
    expect(plugin.load.handler(resolved!)).toBe(storeModuleCode(file));
    expect(plugin.load.handler(storeModuleId)).toBeUndefined();
  });

  it('serves a module whose default export is the store file, parsed', async () => {
    // The store as Astro writes it: devalue's flat form, which Astro unflattens itself.
    const store = [
      { industries: 1 },
      { 'a-b': 2 },
      { id: 3, data: 4 },
      'a-b',
      { title: 5 },
      'Quoted "title" — ünïcode',
    ];
    writeFileSync(file, JSON.stringify(store));
    expect(await importStore('store.mjs')).toEqual(store);
  });

  it('collects garbage first when the build exposes the collector, and reads the file the same without it', async () => {
    writeFileSync(file, '[{"a":1},2]');
    const collected: string[] = [];
    const withGc = globalThis as { gc?: () => void };
    const before = withGc.gc;
    withGc.gc = () => collected.push(readFileSync(file, 'utf8'));
    try {
      expect(await importStore('store-gc.mjs')).toEqual([{ a: 1 }, 2]);
      // Called once.
      expect(collected).toEqual(['[{"a":1},2]']);
      delete withGc.gc;
      expect(await importStore('store-no-gc.mjs')).toEqual([{ a: 1 }, 2]);
    } finally {
      if (before) withGc.gc = before;
      else delete withGc.gc;
    }
  });
});

describe("Astro's names for the store", () => {
  // If an Astro upgrade renames either, the plugin would stop answering (and the build
  // would bundle the store again) or read a file that is not there: this fails first.
  const astro = dirname(createRequire(import.meta.url).resolve('astro'));
  const read = (path: string) => readFileSync(join(astro, path), 'utf8');

  it('are the module id and file name this plugin uses', () => {
    const consts = read('content/consts.js');
    expect(consts).toContain(`DATA_STORE_VIRTUAL_ID = ${JSON.stringify(storeModuleId)}`);
    expect(consts).toContain(`DATA_STORE_FILE = ${JSON.stringify(storeFileName)}`);
    expect(read('content/data-store.js')).toContain('await import("astro:data-layer-content")');
  });
});
