import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/lib/lint/links';
import { indexCorpus } from '../../../src/lib/lint/run';
import { createSiteIndex, explainBrokenLink } from '../../../src/lib/lint/site-index';
import { loadBroken, loadClean, locate } from './fixtures';

describe('explainBrokenLink', () => {
  const site = createSiteIndex({
    guides: ['g'],
    industries: ['i'],
    trainings: ['tr'],
    kpis: ['k'],
    topicTerms: ['Fractional CRO', 'R&D'],
    tools: ['t'],
    assets: ['/images/funnel.svg'],
  });
  it.each([
    ['/library/g/', undefined],
    ['/library/g.md', undefined],
    ['/industries/i/#kpis', undefined],
    ['/kpis/k/?x=1', undefined],
    ['/topics/fractional-cro/', undefined],
    ['/topics/r-and-d/', undefined],
    ['/tools/t/', undefined],
    ['/llms.txt', undefined],
    ['/library/', undefined],
    ['/training/tr/', undefined],
    ['/training/tr.md', undefined],
    ['/training/', undefined],
    ['/images/funnel.svg', undefined],
  ])('%s resolves', (href, expected) => {
    expect(explainBrokenLink(href, site)).toBe(expected);
  });
  it.each([
    ['/library/nope/', '"nope" is not a published guide.'],
    ['/kpis/k', 'write "/kpis/k/": the site\'s addresses end in a slash.'],
    ['/search', 'write "/search/": the site\'s addresses end in a slash.'],
    ['/kpis/k.md', 'only guides, industry pages and trainings have a .md version.'],
    ['/training/nope/', '"nope" is not a published training.'],
    ['/blog/x/', 'no page at "/blog/x/".'],
    ['/images/missing.svg', 'no page at "/images/missing.svg".'],
  ])('%s is broken: %s', (href, reason) => {
    expect(explainBrokenLink(href, site)).toBe(reason);
  });
});

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
