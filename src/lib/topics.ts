/**
 * Topics are the union of entries' tags and guides' search terms, each reduced to a
 * slug so that "Fractional CRO" and "fractional cro" share one page.
 */

/** "Fractional CRO cost" → "fractional-cro-cost"; accents dropped, "&" read as "and". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export class TopicError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TopicError';
  }
}

/** One place a term is written: which entry, which field, which position. */
export interface TermSource<T> {
  /** Where the entry lives, for error messages: "content/guides/x.mdx". */
  file: string;
  /** Whatever the caller wants back on the topic page (title, href, ...). */
  entry: T;
  terms: readonly { field: string; values: readonly string[] }[];
}

export interface Topic<T> {
  slug: string;
  /** How the topic reads: the commonest spelling that is not itself a slug (see pickLabel). */
  label: string;
  /** How many entries carry the topic (an entry counts once however often it repeats it). */
  count: number;
  entries: T[];
}

/** Slug for a term, or a TopicError naming the file and field that holds it. */
export function slugifyTerm(term: string, file: string, field: string): string {
  const slug = slugify(term);
  if (!slug) {
    throw new TopicError(
      `${file}: ${field} "${term}" has no letters or digits to build a topic address from; reword or remove it.`,
    );
  }
  return slug;
}

/** Every topic with its entries, most used first, then alphabetically. */
export function collectTopics<T>(sources: readonly TermSource<T>[]): Topic<T>[] {
  const topics = new Map<string, { spellings: Map<string, number>; entries: T[] }>();
  for (const source of sources) {
    const seenHere = new Set<string>();
    for (const { field, values } of source.terms) {
      values.forEach((value, index) => {
        const slug = slugifyTerm(value, source.file, `${field}[${index}]`);
        const topic = topics.get(slug) ?? { spellings: new Map<string, number>(), entries: [] };
        topics.set(slug, topic);
        topic.spellings.set(value, (topic.spellings.get(value) ?? 0) + 1);
        if (!seenHere.has(slug)) {
          seenHere.add(slug);
          topic.entries.push(source.entry);
        }
      });
    }
  }
  return [...topics]
    .map(([slug, { spellings, entries }]) => ({
      slug,
      label: pickLabel(spellings),
      count: entries.length,
      entries,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
}

const slugShaped = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

/**
 * Tags are often written as slugs ("fractional-cro") while search terms are phrases
 * ("fractional cro"). The label prefers a phrase: the commonest spelling that is not
 * slug-shaped (first seen wins a tie), else the commonest spelling with spaces for hyphens.
 */
export function pickLabel(spellings: ReadonlyMap<string, number>): string {
  // Array sort is stable, so among equal counts the first-seen spelling stays first.
  const ranked = [...spellings].sort((a, b) => b[1] - a[1]).map(([spelling]) => spelling);
  const phrase = ranked.find((spelling) => !slugShaped.test(spelling));
  return phrase ?? (ranked[0] ?? '').replace(/-/g, ' ');
}
