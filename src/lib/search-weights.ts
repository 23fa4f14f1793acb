/**
 * How strongly Pagefind ranks a match in each part of an article. Pagefind's scale
 * runs 0–10: body text counts 1 and headings count by level (h1 7 down to h6 2).
 * The title is the question a buyer types, so it counts most; the quick answer is
 * the two or three sentences that answer it, so a match there beats one deep in
 * the body. Spread the result onto the element: `<h1 {...pagefindWeight('title')}>`.
 */
export const searchWeights = {
  title: 10,
  quickAnswer: 5,
} as const;

export type WeightedPart = keyof typeof searchWeights;

export function pagefindWeight(part: WeightedPart): { 'data-pagefind-weight': string } {
  return { 'data-pagefind-weight': String(searchWeights[part]) };
}
