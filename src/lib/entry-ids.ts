/**
 * Two files that would share one entry id. Astro's glob loader takes an entry's id from
 * its file name, or from a `slug:` field when the frontmatter has one, and when two files
 * give one id it keeps whichever it read last, with a warning buried in the build log: a
 * page or a KPI definition silently replaced by another file's content. Pulse takes ids
 * from file names only, so `slug:` is refused outright, and same-named files (`x.md` and
 * `x.mdx`, `x.yaml` and `x.yml`) are refused with both files named. The lint and the
 * content config both call this, so `npm run check` and the build refuse the same files.
 */

/** One content file as the loader would see it. */
export interface EntryFile {
  /** Collection folder: "guides", "kpis". */
  collection: string;
  /** Path as printed: content/guides/x.mdx. */
  file: string;
  /** The id its file name gives: the path under the collection folder, without extension. */
  id: string;
  /** The `slug:` frontmatter value, when the file has one. */
  slug?: unknown;
  /** Line of the `slug:` field (1 when there is none). */
  slugLine?: number;
}

export interface IdClash {
  file: string;
  line: number;
  field: string;
  message: string;
}

export function findIdClashes(files: readonly EntryFile[]): IdClash[] {
  const byId = new Map<string, EntryFile[]>();
  for (const entry of files) {
    const key = `${entry.collection}/${entry.id}`;
    byId.set(key, [...(byId.get(key) ?? []), entry]);
  }
  const sameName = [...byId.values()]
    .filter((group) => group.length > 1)
    .map((group): IdClash => {
      const [first, ...rest] = group.map((entry) => entry.file).sort();
      return {
        file: rest.at(-1)!,
        line: 1,
        field: '(file)',
        message: `${[first, ...rest].join(' and ')} both give the id "${group[0]!.id}", so the build would keep only one of them: rename or remove one.`,
      };
    });
  const slugs = files
    .filter((entry) => entry.slug !== undefined)
    .map((entry): IdClash => {
      const target = byId.get(`${entry.collection}/${String(entry.slug)}`)?.find((other) => other !== entry);
      const replaces = target ? `, and this one would replace ${target.file}` : '';
      return {
        file: entry.file,
        line: entry.slugLine ?? 1,
        field: 'slug',
        message: `${entry.file} sets slug: "${String(entry.slug)}", which Pulse does not take (a page's id is its file name${replaces}): remove the slug line and rename the file instead.`,
      };
    });
  return [...sameName, ...slugs];
}
