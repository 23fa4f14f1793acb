import { describe, expect, it } from 'vitest';
import { describeSuggestion, getEditDistance, suggestClosest } from '~/lib/suggest';

describe('getEditDistance', () => {
  it.each([
    ['', '', 0],
    ['churn', 'churn', 0],
    ['chrun', 'churn', 2],
    ['win-rate', 'win-rates', 1],
    ['abc', '', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(getEditDistance(a, b)).toBe(distance);
  });
});

describe('suggestClosest', () => {
  const ids = ['gross-revenue-churn', 'net-revenue-retention', 'win-rate'];
  it('finds a likely typo', () => {
    expect(suggestClosest('gross-revenue-chrun', ids)).toBe('gross-revenue-churn');
  });
  it('stays quiet when nothing is close', () => {
    expect(suggestClosest('quota-attainment', ids)).toBeUndefined();
    expect(describeSuggestion('quota-attainment', ids)).toBe('');
  });
  it('phrases the hint as a question', () => {
    expect(describeSuggestion('win-rat', ids)).toBe(' Did you mean "win-rate"?');
  });
});
