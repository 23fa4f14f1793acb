import { describe } from 'vitest';
import { checkTodos } from '../../../src/lib/lint/todo-rule';
import { testRuleOnCorpora } from './fixtures';

describe('todo rule', () => {
  testRuleOnCorpora(
    checkTodos,
    {
      title: 'reports each marker on a published page, and one summary warning on a draft',
      located: [
        'broken/guides/fractional-cro-boulder.mdx:3 description warning',
        'broken/guides/fractional-cro-cost-denver.mdx:7 quickAnswer error',
        'broken/guides/fractional-cro-cost-denver.mdx:26 body error',
      ],
      sentences: {
        0: 'draft has 6 TODO markers left; the first is here. It cannot be published until all are gone.',
      },
    },
    'is silent on finished pages',
  );
});
