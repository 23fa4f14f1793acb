import { describe, expect, it } from 'vitest';
import {
  buildArticle,
  buildBreadcrumbList,
  buildCollectionPage,
  buildDefinedTerm,
  buildDefinedTermSet,
  buildFaqPage,
  buildLearningResource,
  buildWebSite,
  serializeJsonLd,
} from '~/lib/structured-data';

const site = 'https://pulse.example.org/';
const set = { url: `${site}kpis/`, name: 'Pulse KPI registry', description: 'Sales KPIs, each defined once.' };

describe('buildArticle', () => {
  const base = {
    url: `${site}library/x/`,
    site,
    headline: 'What KPIs should a fractional CRO own?',
    description: 'Five to seven KPIs.',
    published: new Date('2026-06-28'),
  };
  it('uses the publication date as the modification date when never updated', () => {
    const article = buildArticle(base);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      datePublished: '2026-06-28',
      dateModified: '2026-06-28',
      author: { '@type': 'Organization', name: 'Pulse' },
      publisher: { '@type': 'Organization', name: 'Pulse', url: site },
    });
    expect(article).not.toHaveProperty('keywords');
  });
  it('carries the update date, word count and keywords when given', () => {
    const article = buildArticle({ ...base, updated: new Date('2026-07-02'), wordCount: 1588, keywords: ['a', 'b'] });
    expect(article).toMatchObject({ dateModified: '2026-07-02', wordCount: 1588, keywords: 'a, b' });
  });
});

describe('buildBreadcrumbList', () => {
  it('numbers crumbs from one', () => {
    const list = buildBreadcrumbList([
      { name: 'Pulse', url: site },
      { name: 'Library', url: `${site}library/` },
    ]);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Pulse', item: site },
      { '@type': 'ListItem', position: 2, name: 'Library', item: `${site}library/` },
    ]);
  });
});

describe('buildFaqPage', () => {
  it('is undefined without questions', () => {
    expect(buildFaqPage([])).toBeUndefined();
  });
  it('pairs each question with its answer', () => {
    expect(buildFaqPage([{ question: 'Why?', answer: 'Because.' }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'Why?', acceptedAnswer: { '@type': 'Answer', text: 'Because.' } }],
    });
  });
});

describe('defined terms', () => {
  it('places a KPI in the registry term set', () => {
    const term = buildDefinedTerm({
      url: `${site}kpis/nrr/`,
      name: 'Net revenue retention',
      description: 'd',
      abbreviation: 'NRR',
      set,
    });
    expect(term).toMatchObject({
      '@type': 'DefinedTerm',
      alternateName: 'NRR',
      inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': set.url, name: 'Pulse KPI registry' },
    });
  });
  it('lists the registry terms', () => {
    const registry = buildDefinedTermSet(set, [{ url: `${site}kpis/a/`, name: 'A' }]);
    expect(registry).toMatchObject({
      '@type': 'DefinedTermSet',
      hasDefinedTerm: [{ '@type': 'DefinedTerm', name: 'A' }],
    });
  });
});

describe('pages', () => {
  it('describes the site and collection pages', () => {
    expect(buildWebSite(site, 'd')).toMatchObject({ '@type': 'WebSite', name: 'Pulse', url: site });
    const page = buildCollectionPage({ url: `${site}topics/x/`, name: 'x', description: 'd', items: ['u1', 'u2'] });
    expect(page).toMatchObject({ '@type': 'CollectionPage', mainEntity: { numberOfItems: 2 } });
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element early and still parses', () => {
    const json = serializeJsonLd({ headline: 'a </script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ headline: 'a </script><script>alert(1)</script>' });
  });
});

describe('buildLearningResource', () => {
  const input = {
    url: `${site}training/net-new-logo-reboot/`,
    site,
    name: 'The Net New Logo Reboot — 60-Min Training',
    description: 'A working hour for AEs.',
    minutes: 60,
    objectives: ['Every AE names **ten** target accounts.', 'Each AE books two [discovery calls](/kpis/win-rate/).'],
    audience: ['AEs', 'SDRs'],
    published: new Date('2026-12-06'),
  };

  it('publishes the length as an ISO 8601 duration and the objectives as plain-text teaches', () => {
    const data = buildLearningResource(input);
    expect(data['@type']).toBe('LearningResource');
    expect(data['timeRequired']).toBe('PT60M');
    expect(data['teaches']).toEqual(['Every AE names ten target accounts.', 'Each AE books two discovery calls.']);
    expect(data['educationalLevel']).toBe('AEs; SDRs');
    expect(data['audience']).toEqual({ '@type': 'Audience', audienceType: 'AEs; SDRs' });
    expect(data['dateModified']).toBe('2026-12-06');
    expect(buildLearningResource({ ...input, minutes: 90 })['timeRequired']).toBe('PT90M');
  });

  it('leaves teaches out when a plan has no objectives yet', () => {
    expect(buildLearningResource({ ...input, objectives: [] })).not.toHaveProperty('teaches');
  });
});
