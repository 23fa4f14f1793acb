import { describe, expect, it } from 'vitest';
import { formatFieldPath } from '~/schemas/field-path';

describe('formatFieldPath', () => {
  it.each([
    [['quickAnswer'], 'quickAnswer'],
    [['faq', 2, 'answer'], 'faq[3].answer'],
    [['kpis', 0, 'benchmarks', 1, 'basis', 'source'], 'kpis[1].benchmarks[2].basis.source'],
    [['tags', 0], 'tags[1]'],
    [[], '(file)'],
  ])('names %j as the editor counts: %s', (path, field) => {
    expect(formatFieldPath(path)).toBe(field);
  });
});
