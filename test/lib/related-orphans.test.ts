import { describe, expect, it } from 'vitest';
import { createRelatedIndex, type RelatedRecord } from '~/lib/related';
import { hrefFor } from '~/lib/related/links';
import { extractLinks, findOrphans, normalizePath, pathOfFile } from '~/lib/related/orphans';
import { loadFixtureCorpus } from '../fixtures/related/load';

/**
 * The links the article pages of a library make between themselves: the two related
 * lists, each article's KPI list (to the KPI pages) and each KPI page's "used in" list.
 */
function linkGraph(records: readonly RelatedRecord[]): [string, string][] {
  const index = createRelatedIndex(records);
  const edges: [string, string][] = [];
  for (const page of records.filter((record) => !record.draft)) {
    const from = hrefFor(page);
    const { deepDive, more } = index.getRelated(page);
    for (const target of [...deepDive, ...more]) edges.push([from, hrefFor(target)]);
    if (page.collection === 'kpis') {
      for (const user of index.listUsage(page.id)) edges.push([from, hrefFor(user)]);
    } else {
      for (const kpi of page.kpis) edges.push([from, hrefFor({ collection: 'kpis', id: kpi })]);
    }
  }
  return edges;
}

describe('orphan check', () => {
  const corpus = loadFixtureCorpus();
  const published = corpus.filter((record) => !record.draft).map(hrefFor);

  it('finds no orphan in the fixture library', () => {
    expect(published.length).toBe(16);
    expect(findOrphans(published, linkGraph(corpus))).toEqual([]);
  });

  it('reports a page nothing links to, and ignores self-links and exempt pages', () => {
    const links: [string, string][] = [
      ['/a/', '/b/'],
      ['/c/', '/c/'],
    ];
    expect(findOrphans(['/', '/a/', '/b/', '/c/'], links, ['/'])).toEqual(['/a/', '/c/']);
  });

  it('reads internal links from built HTML', () => {
    const html = `
      <a href="/kpis/win-rate/">Win rate</a>
      <a class="x" href='../fintech/#faq'>Fintech</a>
      <a href="https://pulse.example.org/topics/pipeline/?ref=1">Topic</a>
      <a href="https://example.com/elsewhere/">Out</a>
      <a href="mailto:hello@example.org">Mail</a>
      <a href="#top">Top</a>
      <link href="/not-a-link/" rel="canonical" />`;
    expect(extractLinks(html, '/industries/telehealth/', 'https://pulse.example.org').sort()).toEqual([
      '/industries/fintech/',
      '/kpis/win-rate/',
      '/topics/pipeline/',
    ]);
  });

  it('names pages the way the site serves them', () => {
    expect(pathOfFile('kpis/win-rate/index.html')).toBe('/kpis/win-rate/');
    expect(pathOfFile('index.html')).toBe('/');
    expect(pathOfFile('404.html')).toBe('/404.html');
    expect(normalizePath('/library/x?q=1#a')).toBe('/library/x/');
  });
});
