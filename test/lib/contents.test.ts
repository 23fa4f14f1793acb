import { describe, expect, it } from 'vitest';
import { buildContents, countEntries, minimumEntries, selectContents, type OutlineHeading } from '~/lib/contents';

const h = (depth: number, slug: string, text = slug): OutlineHeading => ({ depth, slug, text });

describe('buildContents', () => {
  it('nests each h3 under the h2 above it, in page order', () => {
    // The healthtech guide's first two sections, as render(entry) reports them.
    const entries = buildContents([
      h(2, 'the-six-kpis-to-hand-over', 'The six KPIs to hand over'),
      h(3, 'net-new-arr', 'Net-new ARR'),
      h(3, 'sales-cycle-length', 'Sales cycle length'),
      h(2, 'why-healthtech-changes-the-kpi-list', 'Why healthtech changes the KPI list'),
    ]);
    expect(entries).toEqual([
      {
        slug: 'the-six-kpis-to-hand-over',
        text: 'The six KPIs to hand over',
        children: [
          { slug: 'net-new-arr', text: 'Net-new ARR', children: [] },
          { slug: 'sales-cycle-length', text: 'Sales cycle length', children: [] },
        ],
      },
      { slug: 'why-healthtech-changes-the-kpi-list', text: 'Why healthtech changes the KPI list', children: [] },
    ]);
  });

  it('keeps only h2 and h3', () => {
    const entries = buildContents([h(1, 'title'), h(2, 'a'), h(4, 'deep'), h(3, 'b'), h(5, 'deeper')]);
    expect(entries.map((entry) => entry.slug)).toEqual(['a']);
    expect(entries[0]!.children.map((entry) => entry.slug)).toEqual(['b']);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildContents([h(3, 'early'), h(2, 'a'), h(3, 'b')]).map((entry) => entry.slug)).toEqual(['early', 'a']);
  });

  it('drops a repeated id, which would jump to its first heading', () => {
    const entries = buildContents([h(2, 'faq', 'FAQ'), h(2, 'sources'), h(2, 'faq', 'FAQ again'), h(3, 'sources')]);
    expect(entries).toEqual([
      { slug: 'faq', text: 'FAQ', children: [] },
      { slug: 'sources', text: 'sources', children: [] },
    ]);
  });

  it('drops a heading without an id or without words', () => {
    expect(buildContents([h(2, ''), h(2, 'a', '  '), h(2, 'b', ' B ')])).toEqual([
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
});

describe('selectContents', () => {
  it(`shows nothing below ${minimumEntries} links, counting h3s`, () => {
    expect(selectContents([h(2, 'a'), h(2, 'b')])).toEqual([]);
    const three = selectContents([h(2, 'a'), h(3, 'b'), h(3, 'c')]);
    expect(countEntries(three)).toBe(3);
  });
});
