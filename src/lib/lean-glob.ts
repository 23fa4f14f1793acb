/**
 * The store Astro's glob loader writes to, with two corrections. When it renders a `.md`
 * file at content sync, Astro keeps the raw frontmatter in the entry's
 * `rendered.metadata.frontmatter` (as `remarkPluginFrontmatter`, for remark plugins that add
 * fields) beside the schema-checked `data`. Pulse has no such plugin and reads only `data`,
 * so the raw copy was dead weight: 40% of an industry page's entry in the data store, which
 * the build bundles as one JavaScript module (138 MB at 10,000 pages), compiles and holds in
 * memory to the end. And the loader keeps a cached entry whose text is unchanged even when
 * its file was renamed (`x.mdx` → `x.md`, one id, one digest): the entry keeps the old path,
 * and the next build fails to import a file that is gone (Astro 7.3.5).
 */
import type { DataStore } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

type StoredEntry = Parameters<DataStore['set']>[0];

/** The entry as stored, with the rendered metadata's raw frontmatter left out. */
export function dropRawFrontmatter<T extends StoredEntry>(entry: T): T {
  const metadata = entry.rendered?.metadata;
  if (!entry.rendered || !metadata || !('frontmatter' in metadata)) return entry;
  const { frontmatter: _raw, ...kept } = metadata;
  return { ...entry, rendered: { ...entry.rendered, metadata: kept } };
}

/** A store that saves entries without their raw frontmatter copy; everything else passes through. */
export function withoutRawFrontmatter(store: DataStore): DataStore {
  return { ...store, set: (entry) => store.set(dropRawFrontmatter(entry)) };
}

/**
 * A store that forgets an entry whose file is gone when the loader looks it up, so a
 * renamed file is read afresh instead of answered from the cache. `root` is the folder an
 * entry's `filePath` is relative to (the project's).
 */
export function withoutMovedFiles(store: DataStore, root: string): DataStore {
  return {
    ...store,
    get: <TData extends Record<string, unknown>>(key: string) => {
      const entry = store.get<TData>(key);
      if (!entry?.filePath || existsSync(resolve(root, entry.filePath))) return entry;
      store.delete(key);
      return undefined;
    },
  };
}
