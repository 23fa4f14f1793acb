/**
 * The "On this page" list: a page's headings, in page order, turned into a two-level list a
 * reader can jump through. Only h2 and h3 make the list: h1 is the page itself and deeper
 * levels would make a contents list as long as the page.
 */

/** A heading as Astro's `render(entry)` reports it, and as the frontmatter-built sections declare theirs. */
export interface OutlineHeading {
  depth: number;
  /** The heading's id on the page. */
  slug: string;
  text: string;
}

export interface ContentsEntry {
  slug: string;
  text: string;
  /** The h3s under an h2; always empty for an h3 that has no h2 above it. */
  children: ContentsEntry[];
}

/**
 * Fewer entries than this and the list only repeats what the reader already sees on the
 * first screen, so the page shows none.
 */
export const minimumEntries = 3;

/**
 * The nested list for `headings` in page order. A heading without an id cannot be jumped
 * to, and an id used twice jumps to its first heading only, so both drop out; an h3 before
 * any h2 stands on its own at the top level rather than vanishing.
 */
export function buildContents(headings: readonly OutlineHeading[]): ContentsEntry[] {
  const seen = new Set<string>();
  const entries: ContentsEntry[] = [];
  let parent: ContentsEntry | undefined;
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > 3) continue;
    const slug = heading.slug.trim();
    const text = heading.text.trim();
    if (!slug || !text || seen.has(slug)) continue;
    seen.add(slug);
    const entry: ContentsEntry = { slug, text, children: [] };
    if (heading.depth === 3 && parent) parent.children.push(entry);
    else {
      entries.push(entry);
      if (heading.depth === 2) parent = entry;
    }
  }
  return entries;
}

/** How many links the list holds, h3s included. */
export function countEntries(entries: readonly ContentsEntry[]): number {
  return entries.reduce((sum, entry) => sum + 1 + countEntries(entry.children), 0);
}

/** The list a page shows: its contents, or none when it is too short to help. */
export function selectContents(headings: readonly OutlineHeading[]): ContentsEntry[] {
  const entries = buildContents(headings);
  return countEntries(entries) >= minimumEntries ? entries : [];
}
