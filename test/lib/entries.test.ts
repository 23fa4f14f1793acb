import { describe, expect, it } from 'vitest';
import { groupBenchmarksByKpi, groupByCategory, isPublished, listTargets, sortNewestFirst } from '~/lib/entries';
import type { Benchmark } from '~/schemas/benchmark';

describe('isPublished', () => {
  it('hides drafts unless drafts are included', () => {
    expect(isPublished({ draft: true }, false)).toBe(false);
    expect(isPublished({ draft: true }, true)).toBe(true);
    expect(isPublished({ draft: false }, false)).toBe(true);
    expect(isPublished({}, false)).toBe(true);
  });
});

describe('sortNewestFirst', () => {
  const entry = (id: string, published: string, updated?: string) => ({
    id,
    data: { published: new Date(published), updated: updated ? new Date(updated) : undefined },
  });
  it('orders by publication date, then update, then id', () => {
    const sorted = sortNewestFirst([
      entry('old', '2026-01-01'),
      entry('b', '2026-05-01'),
      entry('a', '2026-05-01'),
      entry('revised', '2026-05-01', '2026-06-01'),
      entry('new', '2026-07-01'),
    ]);
    expect(sorted.map((item) => item.id)).toEqual(['new', 'revised', 'a', 'b', 'old']);
  });
  it('does not reorder its input', () => {
    const input = [entry('x', '2026-01-01'), entry('y', '2026-02-01')];
    sortNewestFirst(input);
    expect(input.map((item) => item.id)).toEqual(['x', 'y']);
  });
});

describe('groupBenchmarksByKpi', () => {
  const basis = { editorial: 'Test range, judged for this table only.' };
  const benchmark = (min: number, max: number): Benchmark => ({
    text: `${min} to ${max}`,
    min,
    max,
    unit: 'multiple',
    basis,
  });
  const industry = (id: string, name: string, kpis: [string, Benchmark][]) => ({
    id,
    data: {
      industry: name,
      kpis: kpis.map(([kpi, bench]) => ({ kpi: { id: kpi }, measures: `${kpi} in ${name}`, benchmarks: [bench] })),
      sources: [],
    },
  });
  const industries = [
    industry('telehealth', 'Telehealth Platform Services', [
      ['pipeline-coverage', benchmark(3, 4)],
      ['win-rate', benchmark(20, 35)],
    ]),
    industry('saas', 'B2B SaaS', [['pipeline-coverage', benchmark(3, 5)]]),
    industry('hvac', 'Commercial HVAC', [['win-rate', benchmark(25, 40)]]),
  ];

  it('gathers every industry that benchmarks the KPI, alphabetically', () => {
    const rows = groupBenchmarksByKpi(industries).get('pipeline-coverage') ?? [];
    expect(rows.map((row) => [row.industry, row.href, row.benchmark.max])).toEqual([
      ['B2B SaaS', '/industries/saas/', 5],
      ['Telehealth Platform Services', '/industries/telehealth/', 4],
    ]);
    expect(rows[0]?.basis).toEqual({ kind: 'editorial', text: basis.editorial });
  });
  it('gives a KPI with one target per segment one row per segment', () => {
    const segmented = industry('health', 'Health', []);
    segmented.data.kpis.push({
      kpi: { id: 'sales-cycle-length' },
      measures: 'cycle',
      benchmarks: [
        { ...benchmark(4, 10), segment: 'health systems' },
        { ...benchmark(1, 3), segment: 'employers' },
      ],
    });
    expect(
      groupBenchmarksByKpi([segmented])
        .get('sales-cycle-length')
        ?.map((row) => row.benchmark.segment),
    ).toEqual(['health systems', 'employers']);
    expect(listTargets(segmented.data.kpis).map((target) => [target.key, target.segment])).toEqual([
      ['sales-cycle-length', 'health systems'],
      ['sales-cycle-length--2', 'employers'],
    ]);
  });
  it('has no rows for a KPI no industry uses, and one list per KPI used', () => {
    const byKpi = groupBenchmarksByKpi(industries);
    expect(byKpi.get('cac-payback-period')).toBeUndefined();
    expect([...byKpi.keys()].sort()).toEqual(['pipeline-coverage', 'win-rate']);
    expect(byKpi.get('win-rate')?.map((row) => row.industryId)).toEqual(['hvac', 'telehealth']);
  });
});

describe('groupByCategory', () => {
  const kpi = (name: string, category: 'pipeline' | 'retention' | 'conversion') => ({ data: { name, category } });
  it('follows the category order, sorts names and drops empty groups', () => {
    const groups = groupByCategory(
      [kpi('Win rate', 'conversion'), kpi('Pipeline coverage', 'pipeline'), kpi('Meeting-to-close', 'conversion')],
      ['pipeline', 'retention', 'conversion'],
    );
    expect(groups.map((group) => [group.category, group.kpis.map((item) => item.data.name)])).toEqual([
      ['pipeline', ['Pipeline coverage']],
      ['conversion', ['Meeting-to-close', 'Win rate']],
    ]);
  });
});
