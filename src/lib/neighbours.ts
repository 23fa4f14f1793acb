/**
 * Previous and next within a listing, so a reader can walk a section page by page in the
 * order its listing shows. The caller passes the listing's own order; this never sorts.
 */

export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

/**
 * A lookup of each item's neighbours, built once for the whole list so that asking for every
 * page of a large library stays linear. An unknown key (a draft left out of the listing) has
 * neither neighbour.
 */
export function indexNeighbours<T>(items: readonly T[], keyOf: (item: T) => string): (key: string) => Neighbours<T> {
  const positions = new Map<string, number>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (positions.has(key)) throw new Error(`indexNeighbours: "${key}" appears twice in one listing`);
    positions.set(key, index);
  });
  return (key) => {
    const index = positions.get(key);
    if (index === undefined) return { previous: undefined, next: undefined };
    return { previous: items[index - 1], next: items[index + 1] };
  };
}
