import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/lib/lint/links';
import type { LintDocument } from '../../../src/lib/lint/document';
import { indexCorpus } from '../../../src/lib/lint/run';
import { loadBroken, testRuleOnCorpora } from './fixtures';

describe('links rule', () => {
  testRuleOnCorpora(
    (docs: readonly LintDocument[]) => checkLinks(docs, indexCorpus(docs, [])),
    {
      title: 'reports body and frontmatter links to missing or unpublished pages, on their lines',
      located: [
        'broken/guides/fractional-cro-cost-denver.mdx:24 body error',
        'broken/guides/fractional-cro-cost-denver.mdx:24 body error',
        'broken/industries/telehealth.md:23 faq[1].answer error',
      ],
      sentences: {
        1: 'link "/library/fractional-cro-cost-boulder/" points to no page: "fractional-cro-cost-boulder" is not a published guide.',
      },
    },
    'accepts every link in the clean corpus',
  );

  it('treats a link to a draft as broken, because production will not have the page', () => {
    const site = indexCorpus(loadBroken(), []);
    expect(site.guides.has('fractional-cro-boulder')).toBe(false);
    expect(site.guides.has('fractional-cro-price-denver')).toBe(true);
  });
});
