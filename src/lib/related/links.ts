/** URLs of library pages, the one place that knows where each collection is routed. */
import type { EntryRef, LibraryCollection } from './types';

const routes: Readonly<Record<LibraryCollection, string>> = {
  guides: '/library/',
  industries: '/industries/',
  kpis: '/kpis/',
  tools: '/tools/',
};

/** `/library/<id>/`, `/industries/<id>/`, `/kpis/<id>/` or `/tools/<id>/`. */
export function hrefFor(ref: EntryRef): string {
  return `${routes[ref.collection]}${ref.id}/`;
}
