/**
 * Astro's glob loader, minus one copy of every Markdown file's frontmatter. When it renders
 * a `.md` file at content sync, Astro keeps the raw frontmatter in the entry's
 * `rendered.metadata.frontmatter` (as `remarkPluginFrontmatter`, for remark plugins that add
 * fields) beside the schema-checked `data`. Pulse has no such plugin and reads only `data`,
 * so the raw copy was dead weight: 40% of an industry page's entry in the data store, which
 * the build bundles as one JavaScript module (138 MB at 10,000 pages), compiles and holds in
 * memory to the end.
 */
import { glob } from 'astro/loaders';
import type { DataStore, Loader } from 'astro/loaders';

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

/** `glob(options)`, storing entries through withoutRawFrontmatter. */
export function leanGlob(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return { ...loader, load: (context) => loader.load({ ...context, store: withoutRawFrontmatter(context.store) }) };
}
