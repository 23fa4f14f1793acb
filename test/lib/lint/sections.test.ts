import { describe, expect, it } from 'vitest';
import { checkSections } from '../../../src/lib/lint/sections';
import { makeDoc, testRuleOnCorpora } from './fixtures';

describe('sections rule', () => {
  testRuleOnCorpora(
    checkSections,
    {
      title: 'reports missing sections; on a draft as warnings',
      located: [
        'broken/guides/fractional-cro-boulder.mdx:2 faq warning',
        'broken/guides/fractional-cro-boulder.mdx:2 sources warning',
        'broken/guides/fractional-cro-cost-denver.mdx:11 faq error',
        'broken/guides/fractional-cro-price-denver.mdx:22 body error',
        'broken/industries/telehealth.md:2 checklist error',
      ],
      sentences: {
        3: 'required section missing: add at least one "## " section in the body explaining the answer.',
      },
    },
    'passes complete pages',
  );

  it('does not count a heading inside a code fence', () => {
    const doc = makeDoc('guide', 'g', '---\nsteps: [a]\nfaq: [a]\nsources: [a]\n---\n```md\n## Not a heading\n```\n');
    expect(checkSections([doc]).map((p) => p.field)).toEqual(['body']);
  });
});
