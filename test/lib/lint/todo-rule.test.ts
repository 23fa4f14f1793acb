import { describe, expect, it } from 'vitest';
import { checkTodos } from '../../../src/lib/lint/todo-rule';
import { loadBroken, loadClean, locate } from './fixtures';

describe('todo rule', () => {
  it('reports each marker on a published page, and one summary warning on a draft', () => {
    const problems = checkTodos(loadBroken());
    expect(locate(problems)).toEqual([
      'broken/guides/fractional-cro-boulder.mdx:3 description warning',
      'broken/guides/fractional-cro-cost-denver.mdx:7 quickAnswer error',
      'broken/guides/fractional-cro-cost-denver.mdx:26 body error',
    ]);
    expect(problems[0]?.message).toBe(
      'draft has 6 TODO markers left; the first is here. It cannot be published until all are gone.',
    );
  });

  it('is silent on finished pages', () => {
    expect(checkTodos(loadClean())).toEqual([]);
  });
});
