/**
 * Body-text similarity, used only to break ties between equally scored related
 * candidates. Each body becomes a small unit vector over its most frequent words,
 * stored as sorted integer ids so that a dot product is a linear merge.
 */

/** Words too common in this library's prose to say anything about a page's subject. */
const stopwords = new Set(
  (
    'about above after again against all also and any are because been before being below between both but ' +
    'can could did does doing down during each few for from further had has have having her here hers him his ' +
    'how into its itself just more most much must not now off once only other our ours out over own same she ' +
    'should some such than that the their theirs them then there these they this those through too under until ' +
    'very was were what when where which while who whom why will with would you your yours per within without ' +
    'may might one two three many every often usually'
  ).split(' '),
);

export interface TextVector {
  /** Vocabulary ids, ascending. */
  ids: Int32Array;
  /** Weights matching `ids`, scaled so the vector has length 1. */
  weights: Float64Array;
}

/** Lower-case word tokens of at least three characters, without stopwords or bare numbers. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3 && !stopwords.has(word) && !/^\d+$/.test(word));
}

/** Maps words to stable integer ids, shared by every vector it builds. */
export class Vocabulary {
  readonly #ids = new Map<string, number>();

  idOf(word: string): number {
    let id = this.#ids.get(word);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(word, id);
    }
    return id;
  }

  /** The `topN` most frequent words of `text` (ties broken alphabetically) as a unit vector. */
  vectorize(text: string, topN: number): TextVector {
    const counts = new Map<string, number>();
    for (const word of tokenize(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
    const top = [...counts]
      .sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, topN)
      .map(([word, count]) => [this.idOf(word), count] as const)
      .sort(([a], [b]) => a - b);
    const length = Math.hypot(...top.map(([, count]) => count)) || 1;
    return {
      ids: Int32Array.from(top, ([id]) => id),
      weights: Float64Array.from(top, ([, count]) => count / length),
    };
  }
}

/** Cosine similarity of two unit vectors: 0 (no shared words) to 1 (same profile). */
export function cosine(a: TextVector, b: TextVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
