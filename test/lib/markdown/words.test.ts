import { describe, expect, it } from 'vitest';
import { countWords, estimateReadingMinutes } from '~/lib/markdown/words';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    ['Net-new ARR grows 3× in 2027.', 6],
    ['— – ·', 0],
    ['$8,000–$18,000 a month', 3],
    ['café naïve', 2],
  ])('%j has %d words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('estimateReadingMinutes', () => {
  it.each([
    [0, 1],
    [100, 1],
    // The telehealth seed page: 1,129 words, shown as a 5 minute read.
    [1129, 5],
    [1588, 7],
  ])('%d words → %d min', (words, minutes) => {
    expect(estimateReadingMinutes(words)).toBe(minutes);
  });
  it('accepts another reading speed', () => {
    expect(estimateReadingMinutes(600, 200)).toBe(3);
  });
});
