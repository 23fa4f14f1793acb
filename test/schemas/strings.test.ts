import { describe, expect, it } from 'vitest';
import { collectStrings } from '~/schemas/strings';

describe('collectStrings', () => {
  it('finds every string with the field path an editor would name', () => {
    const data = {
      title: 'A page',
      published: new Date('2026-01-01'),
      draft: false,
      faq: [{ question: 'Why?', answer: 'Because.' }],
      kpis: [{ benchmark: { min: 3, text: '3x' } }],
    };
    expect(collectStrings(data)).toEqual([
      { path: ['title'], text: 'A page' },
      { path: ['faq', 0, 'question'], text: 'Why?' },
      { path: ['faq', 0, 'answer'], text: 'Because.' },
      { path: ['kpis', 0, 'benchmark', 'text'], text: '3x' },
    ]);
  });

  it('treats a bare string as the root and anything else as holding none', () => {
    expect(collectStrings('TODO', ['summary'])).toEqual([{ path: ['summary'], text: 'TODO' }]);
    expect(collectStrings(undefined)).toEqual([]);
    expect(collectStrings(42)).toEqual([]);
  });
});
