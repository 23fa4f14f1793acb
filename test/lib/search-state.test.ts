import { describe, expect, it } from 'vitest';
import {
  emptySelection,
  hasSelection,
  isSafeResultUrl,
  listFacetValues,
  parseSearchParams,
  sanitizeExcerpt,
  toPagefindFilters,
  toSearchParams,
} from '~/lib/search-state';

describe('search state in the URL', () => {
  it('reads the query and repeated facet parameters', () => {
    const state = parseSearchParams(
      new URLSearchParams(
        'q=pipeline+coverage&industry=Telehealth+Platform+Services&type=KPI&type=Guide&type=KPI&utm=x',
      ),
    );
    expect(state.query).toBe('pipeline coverage');
    expect(state.selection).toEqual({
      type: ['Guide', 'KPI'],
      industry: ['Telehealth Platform Services'],
      kpi: [],
      topic: [],
    });
  });

  it('collapses whitespace, trims, and caps an absurd query', () => {
    expect(parseSearchParams(new URLSearchParams('q=%20%20cac%0A%20payback%20')).query).toBe('cac payback');
    expect(parseSearchParams(new URLSearchParams(`q=${'a'.repeat(500)}`)).query).toHaveLength(200);
    expect(parseSearchParams(new URLSearchParams('')).query).toBe('');
  });

  it('writes facets in a fixed order, so the same search has one URL', () => {
    const selection = { ...emptySelection(), topic: ['pipeline'], type: ['KPI', 'Guide'] };
    expect(toSearchParams({ query: 'win rate', selection }).toString()).toBe(
      'q=win+rate&type=Guide&type=KPI&topic=pipeline',
    );
    expect(toSearchParams({ query: '', selection: emptySelection() }).toString()).toBe('');
  });

  it('round-trips through the URL', () => {
    const state = {
      query: 'net revenue retention',
      selection: { ...emptySelection(), kpi: ['Net revenue retention'] },
    };
    expect(parseSearchParams(toSearchParams(state))).toEqual(state);
  });
});

describe('Pagefind filters and facet rows', () => {
  const selection = { ...emptySelection(), type: ['Guide', 'KPI'], industry: ['Fintech'] };

  it('ORs values within a facet and ANDs facets, optionally leaving one facet out', () => {
    expect(toPagefindFilters(selection)).toEqual({ type: { any: ['Guide', 'KPI'] }, industry: { any: ['Fintech'] } });
    expect(toPagefindFilters(selection, 'type')).toEqual({ industry: { any: ['Fintech'] } });
    expect(hasSelection(selection)).toBe(true);
    expect(hasSelection(emptySelection())).toBe(false);
  });

  it('lists values with results by count, keeping a ticked value that has none', () => {
    const rows = listFacetValues({ Fintech: 1, Healthtech: 3, 'Medical Devices': 0, Telehealth: 3 }, ['Retail']);
    expect(rows).toEqual([
      { value: 'Healthtech', count: 3, checked: false },
      { value: 'Telehealth', count: 3, checked: false },
      { value: 'Fintech', count: 1, checked: false },
      { value: 'Retail', count: 0, checked: true },
    ]);
    expect(listFacetValues(undefined, [])).toEqual([]);
  });
});

describe('rendering untrusted text', () => {
  it('keeps only <mark> in excerpts', () => {
    expect(sanitizeExcerpt('Weighted <mark>pipeline</mark> &lt;b&gt; <script>x</script><img src=x>')).toBe(
      'Weighted <mark>pipeline</mark> &lt;b&gt; &lt;script>x&lt;/script>&lt;img src=x>',
    );
  });

  it('accepts only root-relative result URLs', () => {
    expect(isSafeResultUrl('/kpis/win-rate/#benchmark')).toBe(true);
    expect(isSafeResultUrl('//evil.example/')).toBe(false);
    expect(isSafeResultUrl('/\\evil.example/')).toBe(false);
    expect(isSafeResultUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeResultUrl('https://example.com/')).toBe(false);
  });
});
