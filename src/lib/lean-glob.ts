/**
 * Astro's glob loader, corrected where it reads and where it writes. When it renders a `.md`
 * file at content sync, Astro keeps the raw frontmatter in the entry's
 * `rendered.metadata.frontmatter` (as `remarkPluginFrontmatter`, for remark plugins that add
 * fields) beside the schema-checked `data`. Pulse has no such plugin and reads only `data`,
 * so the raw copy was dead weight: 40% of an industry page's entry in the data store, which
 * the build reads (124 MB of JSON at 10,000 pages) and holds in memory to the end. And the
 * loader keeps a cached entry whose text is unchanged even when its file was renamed
 * (`x.mdx` → `x.md`, one id, one digest): the entry keeps the old path, and the next build
 * fails to import a file that is gone (Astro 7.3.5). Where it reads, its entry types parse
 * every file's frontmatter with js-yaml's default schema, which Pulse cannot use (it rolls
 * 2026-02-30 over to 2 March) and so parsed a second time.
 */
import type { DataStore, Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentFormats, formatOf, readContentFile, readFields } from './markdown/content-file';

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

/** What an entry type tells the glob loader about a file (Astro's `getEntryInfo` result). */
export interface EntryInfo {
  data: Record<string, unknown>;
  body?: string;
  slug?: string;
  rawData?: string;
}

/** The part of Astro's ContentEntryType the glob loader calls before rendering. */
export interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): EntryInfo | Promise<EntryInfo>;
}

/**
 * A file's entry info with its fields as written (readFields: js-yaml's core schema, dates
 * kept as text), from the build's one read of the file; undefined when the fields do not
 * parse as a mapping, so the caller can let Astro's parser report the mistake.
 */
export function readEntryInfo(path: string): EntryInfo | undefined {
  const file = readContentFile(path);
  const data = readFields(file);
  if (!data || !file.yaml) return undefined;
  // A YAML data file is all fields; a Markdown file's body is what follows them, trimmed as Astro does.
  if (formatOf(path) === 'yaml') return { data, rawData: file.yaml.text };
  const slug = typeof data['slug'] === 'string' ? data['slug'] : undefined;
  return { data, body: file.body.trim(), rawData: file.yaml.text, ...(slug === undefined ? {} : { slug }) };
}

/**
 * The loader's entry types, each reading a file's fields once and as written: `readEntryInfo`
 * instead of Astro's js-yaml parse, which would otherwise run beside Pulse's own for every
 * file (about 1 s of a 2,000-page build). Fields that do not parse go to Astro's parser, so
 * its located YAML error still reaches the editor. `fromFile` hears of each data object
 * read this way, so the loader's `parseData` knows it need not read it again.
 */
export function withFieldsAsWritten<T extends EntryType>(
  entryTypes: ReadonlyMap<string, T>,
  fromFile: (data: Record<string, unknown>) => void,
): Map<string, T> {
  const wrapped = new Map(entryTypes);
  for (const [extension, entryType] of entryTypes) {
    // Only what content-file.ts reads; JSON or TOML entries stay with Astro's own parse.
    if (!contentFormats.has(extension)) continue;
    wrapped.set(extension, {
      ...entryType,
      getEntryInfo: (params: { fileUrl: URL; contents: string }) => {
        const info = readEntryInfo(fileURLToPath(params.fileUrl));
        if (!info) return entryType.getEntryInfo(params);
        fromFile(info.data);
        return info;
      },
    });
  }
  return wrapped;
}

/**
 * `loader` (Astro's glob loader) with all three corrections: its entry types read each
 * file's fields once and as written, and its store keeps no raw frontmatter copy and no
 * renamed file's old path. The schema then checks the fields as the lint reads them
 * (js-yaml's core schema): Astro's own parse rolls an impossible date such as 2026-02-30
 * over to 2 March before the schema can see it. `parseData` reads the fields itself only
 * for data that came another way (an Astro that stops passing its entry types to loaders).
 * `root` is the project's folder, which entries' file paths are relative to.
 */
export function asWrittenLoader(loader: Loader, root: string): Loader {
  return {
    ...loader,
    load: (context) => {
      const asWritten = new WeakSet<object>();
      // Not in LoaderContext's public type, though Astro passes it and the glob loader reads it.
      const { entryTypes } = context as typeof context & { entryTypes?: ReadonlyMap<string, EntryType> };
      return loader.load({
        ...context,
        ...(entryTypes ? { entryTypes: withFieldsAsWritten(entryTypes, (data) => asWritten.add(data)) } : {}),
        store: withoutMovedFiles(withoutRawFrontmatter(context.store), root),
        parseData: (entry) => {
          if (asWritten.has(entry.data) || !entry.filePath) return context.parseData(entry);
          const fields = readFields(readContentFile(entry.filePath));
          return context.parseData({ ...entry, data: (fields ?? entry.data) as typeof entry.data });
        },
      });
    },
  };
}
