/** Edit distance between two short strings (ids, names), for "did you mean" hints. */
export function getEditDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest candidate to `input`, if one is close enough to be a likely typo. */
export function suggestClosest(input: string, candidates: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const id of candidates) {
    const distance = getEditDistance(input, id);
    if (!best || distance < best.distance) best = { id, distance };
  }
  if (!best) return undefined;
  const limit = Math.max(2, Math.floor(input.length / 3));
  return best.distance <= limit ? best.id : undefined;
}

/** The sentence appended to an "unknown id" error. */
export function describeSuggestion(input: string, candidates: readonly string[]): string {
  const closest = suggestClosest(input, candidates);
  return closest ? ` Did you mean "${closest}"?` : '';
}
