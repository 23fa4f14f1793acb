/** Word counts and reading time: one definition for the page header, the stats and the lint. */

/** Reading speed for considered, non-fiction prose (adults read such text at 200–260 wpm). */
export const wordsPerMinute = 230;

/** Words are runs of non-space characters holding at least one letter or digit. */
export function countWords(text: string): number {
  return text.match(/\S*[\p{L}\p{N}]\S*/gu)?.length ?? 0;
}

/** Whole minutes, at least one. */
export function estimateReadingMinutes(words: number, speed = wordsPerMinute): number {
  return Math.max(1, Math.round(words / speed));
}
