import { describe, expect, it } from 'vitest';
import { countArticleWords, countWords, estimateReadingMinutes, toPlainText } from '~/lib/reading-time';

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

describe('toPlainText', () => {
  it('drops fenced code and diagram sources', () => {
    const text = 'Before.\n\n```mermaid\nflowchart TD\n  A[Lead] --> B[Meeting]\n```\n\nAfter.';
    expect(countWords(toPlainText(text))).toBe(2);
  });
  it('drops MDX imports, exports, tags and expressions but keeps link labels', () => {
    const text = [
      "import Calc from '~/components/calculators/Calc.astro';",
      'export const meta = { a: 1 };',
      '',
      '<Calc preset="saas" /> See [the KPI page](/kpis/win-rate/) and {props.x} <strong>now</strong>.',
    ].join('\n');
    expect(toPlainText(text).split(/\s+/).filter(Boolean)).toEqual(['See', 'the', 'KPI', 'page', 'and', 'now', '.']);
  });
  it('reads tables cell by cell without counting separator rows', () => {
    const table = '| | Fractional | Full-time |\n| --- | :---: | ---: |\n| Days | 10–20 | 40+ |';
    expect(countWords(toPlainText(table))).toBe(5);
  });
  it('removes heading, list and quote markers', () => {
    expect(countWords(toPlainText('## Heading here\n\n- item one\n1. item two\n> quoted'))).toBe(7);
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

describe('countArticleWords', () => {
  it('sums visible parts and skips missing ones', () => {
    expect(countArticleWords(['Quick answer here.', undefined, '## Body\n\nTwo words.'])).toBe(6);
  });
});
