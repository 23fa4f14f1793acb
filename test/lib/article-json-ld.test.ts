import { describe, expect, it } from 'vitest';
import { buildArticleJsonLd } from '~/lib/article-json-ld';

const base = {
  site: 'https://pulse.example.org/',
  headline: 'What KPIs should a fractional CRO own?',
  description: 'The KPIs a fractional CRO should own.',
  published: new Date('2026-06-28'),
  crumbs: [
    { name: 'Pulse', href: '/' },
    { name: 'Library', href: '/library/' },
    { name: 'What KPIs should a fractional CRO own?', href: '/library/kpis/' },
  ],
};

describe('buildArticleJsonLd', () => {
  it('publishes Article, BreadcrumbList and FAQPage with absolute URLs and plain-text answers', () => {
    const [article, breadcrumbs, faq] = buildArticleJsonLd({
      ...base,
      faq: [{ question: 'Why?', answer: 'See [pipeline coverage](/kpis/pipeline-coverage/) **first**.' }],
    });
    expect(article).toMatchObject({ '@type': 'Article', url: 'https://pulse.example.org/library/kpis/' });
    expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
    expect(JSON.stringify(breadcrumbs)).toContain('https://pulse.example.org/library/');
    expect(faq).toMatchObject({ '@type': 'FAQPage' });
    expect(JSON.stringify(faq)).toContain('See pipeline coverage first.');
  });

  it('leaves FAQPage out when there is no FAQ', () => {
    expect(buildArticleJsonLd({ ...base, faq: [] }).map((item) => item['@type'])).toEqual([
      'Article',
      'BreadcrumbList',
    ]);
  });

  it('needs the page itself as the last breadcrumb', () => {
    expect(() => buildArticleJsonLd({ ...base, crumbs: [], faq: [] })).toThrow(/at least the page itself/);
  });
});
