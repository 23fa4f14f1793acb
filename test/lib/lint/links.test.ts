import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/lib/lint/links';
import { indexCorpus } from '../../../src/lib/lint/run';
import { loadBroken, loadClean, locate } from './fixtures';

describe('links rule', () => {
  it('reports body and frontmatter links to missing or unpublished pages, on their lines', () => {
    const docs = loadBroken();
    const problems = checkLinks(docs, indexCorpus(docs, []));
    expect(locate(problems)).toEqual([
      'broken/guides/fractional-cro-cost-denver.mdx:24 body error',
      'broken/guides/fractional-cro-cost-denver.mdx:24 body error',
      'broken/industries/telehealth.md:23 faq[1].answer error',
    ]);
    expect(problems[1]?.message).toBe(
      'link "/library/fractional-cro-cost-boulder/" points to no page: "fractional-cro-cost-boulder" is not a published guide.',
    );
  });

  it('treats a link to a draft as broken, because production will not have the page', () => {
    const docs = loadBroken();
    const site = indexCorpus(docs, []);
    expect(site.guides.has('fractional-cro-boulder')).toBe(false);
    expect(site.guides.has('fractional-cro-price-denver')).toBe(true);
  });

  it('accepts every link in the clean corpus', () => {
    const docs = loadClean();
    expect(checkLinks(docs, indexCorpus(docs, []))).toEqual([]);
  });
});
