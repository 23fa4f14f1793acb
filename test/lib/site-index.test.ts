import { describe, expect, it } from 'vitest';
import { createSiteIndex, explainBrokenLink } from '~/lib/site-index';

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
