/**
 * Thresholds the lint applies. Change them here; EDITING.md prints them from this
 * object, so the documentation cannot drift from what the check does.
 */
export interface LintConfig {
  /** A source whose `accessed` date is older than this many months is flagged. */
  maxSourceAgeMonths: number;
  /** An industry page whose benchmarks were last reviewed longer ago than this is flagged. */
  maxBenchmarkAgeMonths: number;
  /** Share of three-word phrases two pages may have in common before they count as near-duplicates. */
  textSimilarity: number;
  /** Word overlap between two titles, after dropping question words, at which they ask the same question. */
  titleSimilarity: number;
  /** Pages with fewer distinct three-word phrases than this are too short to compare for duplication. */
  minPhrases: number;
  /**
   * Size warnings. The largest pages of the library on 2026-12-06 had 2,132 words (the
   * whole page: answers, FAQ and body), 19 headings and a 22 kB file; each limit leaves
   * two to three times that headroom, so only a page far past the library's own stops.
   */
  maxWords: number;
  maxHeadings: number;
  /** The file's size in kB (1,024 bytes): the page's HTML grows with it. */
  maxFileKilobytes: number;
}

export const lintConfig: LintConfig = {
  maxSourceAgeMonths: 18,
  maxBenchmarkAgeMonths: 12,
  textSimilarity: 0.5,
  titleSimilarity: 0.8,
  minPhrases: 40,
  maxWords: 5000,
  maxHeadings: 40,
  maxFileKilobytes: 64,
};
