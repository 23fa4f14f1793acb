/** Shapes shared by related scoring and the components that render its output. */

export const libraryCollections = ['guides', 'industries', 'trainings', 'kpis', 'tools'] as const;
export type LibraryCollection = (typeof libraryCollections)[number];

export interface EntryRef {
  collection: LibraryCollection;
  id: string;
}

/** One page as related scoring sees it: plain data, no Astro types. */
export interface RelatedRecord extends EntryRef {
  title: string;
  description?: string | undefined;
  industry?: string | undefined;
  /** Registry ids of the KPIs the page covers; a KPI page lists itself. */
  kpis: readonly string[];
  /** Tags and search terms. */
  topics: readonly string[];
  /** Hand-picked related pages, shown first, in this order. */
  related: readonly EntryRef[];
  /** Drafts are never linked to. */
  draft: boolean;
  /** Body as plain text, for the tie-breaker. */
  text: string;
}

/** A record as the index hands it back: everything but the text, which it keeps only as a vector. */
export type RelatedEntry = Omit<RelatedRecord, 'text'>;

export class RelatedError extends Error {
  override name = 'RelatedError';
}

export const keyOf = (ref: EntryRef): string => `${ref.collection}/${ref.id}`;
