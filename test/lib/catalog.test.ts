import { describe, expect, it } from 'vitest';
import { createCatalog, loadCatalog } from '~/lib/catalog';
import { fixtures } from '../schemas/helpers';

describe('loadCatalog', () => {
  const catalog = loadCatalog(`${fixtures}content/`);

  it('lists ids per collection from file names', () => {
    expect(catalog.ids('kpis')).toEqual(['gross-revenue-churn', 'pipeline-coverage', 'win-rate']);
    expect(catalog.has('guides', 'sample-guide')).toBe(true);
    expect(catalog.has('industries', 'sample-guide')).toBe(false);
  });

  it('reads each KPI’s name and unit', () => {
    expect(catalog.kpis.get('gross-revenue-churn')).toEqual({ name: 'Gross revenue churn', unit: 'percent' });
  });

  it('treats a missing content folder as empty', () => {
    const empty = loadCatalog(`${fixtures}no-such-folder/`);
    expect(empty.ids('guides')).toEqual([]);
    expect(empty.kpis.size).toBe(0);
  });
});

describe('createCatalog', () => {
  it('answers from plain data', () => {
    const catalog = createCatalog(new Map([['guides', ['b', 'a']]]), new Map());
    expect(catalog.ids('guides')).toEqual(['a', 'b']);
    expect(catalog.has('guides', 'a')).toBe(true);
    expect(catalog.has('kpis', 'a')).toBe(false);
  });

  it('suggests the closest id of the same collection for a typo, and nothing for a stranger', () => {
    const catalog = createCatalog(new Map([['kpis', ['win-rate', 'pipeline-coverage']]]), new Map());
    expect(catalog.suggest('kpis', 'win-rat')).toBe(' Did you mean "win-rate"?');
    expect(catalog.suggest('kpis', 'net-revenue-retention')).toBe('');
    expect(catalog.suggest('guides', 'win-rat')).toBe('');
  });
});
