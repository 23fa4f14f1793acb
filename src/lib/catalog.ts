/**
 * A synchronous, file-system view of what the library holds, read once when the
 * content config loads. Schemas use it to reject unknown ids and mismatched units
 * with a message that names the field, before any page is rendered.
 *
 * Ids follow Astro's glob loader: the file name without its extension.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { collectionNames, type Catalog, type CollectionName, type KpiFacts } from '../schemas/context';
import type { EntryFile } from './entry-ids';
import { readContentFile } from './markdown/content-file';
import { parseYaml } from './markdown/frontmatter';
import { describeSuggestion } from './suggest';

const extensions: Record<CollectionName, RegExp> = {
  guides: /\.mdx?$/,
  industries: /\.mdx?$/,
  kpis: /\.ya?ml$/,
  tools: /\.md$/,
};

function listIds(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file) && !file.split(sep).some((part) => part.startsWith('_')))
    .map((file) => file.replace(pattern, '').split(sep).join('/'))
    .sort();
}

/** Reads `<root>/<collection>/` folders. `root` is the `content/` directory. */
export function loadCatalog(root: string): Catalog {
  const idsByCollection = new Map<CollectionName, string[]>(
    collectionNames.map((name) => [name, listIds(join(root, name), extensions[name])]),
  );
  const kpis = new Map<string, KpiFacts>();
  for (const id of idsByCollection.get('kpis') ?? []) {
    const file = ['yaml', 'yml'].map((ext) => join(root, 'kpis', `${id}.${ext}`)).find(existsSync);
    if (!file) continue;
    const data = readContentFile(file).frontmatter.data as Partial<KpiFacts> | undefined;
    // A malformed KPI file is reported by the kpis collection's own schema.
    if (data && typeof data.name === 'string' && typeof data.unit === 'string') {
      kpis.set(id, { name: data.name, unit: data.unit });
    }
  }
  return createCatalog(idsByCollection, kpis);
}

/** Builds a catalog from plain data: what tests use instead of a content folder. */
export function createCatalog(
  idsByCollection: ReadonlyMap<CollectionName, readonly string[]>,
  kpis: ReadonlyMap<string, KpiFacts>,
): Catalog {
  const sets = new Map([...idsByCollection].map(([name, ids]) => [name, new Set(ids)]));
  const ids = (collection: CollectionName) => [...(idsByCollection.get(collection) ?? [])].sort();
  return {
    kpis,
    has: (collection, id) => sets.get(collection)?.has(id) ?? false,
    ids,
    suggest: (collection, id) => describeSuggestion(id, ids(collection)),
  };
}

/** Every collection's files as content.config.ts globs them (trainings included). */
const entryFolders: Record<CollectionName | 'trainings', RegExp> = { ...extensions, trainings: /\.md$/ };

// Parsing every file's YAML at config load would cost a large library seconds; only a file
// with a top-level slug line can set one, so only those are parsed.
const slugLine = /^slug[ \t]*:/m;

/**
 * The files of every collection with the id each file name gives and any `slug:` it sets,
 * for src/lib/entry-ids.ts. `base` is what printed paths are relative to.
 */
export function listEntryFiles(root: string, base: string = process.cwd()): EntryFile[] {
  return Object.entries(entryFolders).flatMap(([collection, pattern]) => {
    const dir = join(root, collection);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => pattern.test(name) && !name.split(sep).some((part) => part.startsWith('_')))
      .sort()
      .map((name): EntryFile => {
        const path = join(dir, name);
        const entry = {
          collection,
          file: relative(base, path).split(sep).join('/'),
          id: name.replace(pattern, '').split(sep).join('/'),
        };
        const { yaml: written } = readContentFile(path);
        if (!written || !slugLine.test(written.text)) return entry;
        const yaml = parseYaml(written.text, written.line);
        const slug = yaml.data?.['slug'];
        return slug === undefined ? entry : { ...entry, slug, slugLine: yaml.lineOf(['slug']) };
      });
  });
}
