/**
 * The library's promise on KPI pages: every registry KPI is benchmarked by at least two
 * industries, and every benchmark shows its basis. Read from the built site (the KPI API
 * and each KPI page), so a KPI added without benchmarks fails here the day it is added.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dist = new URL('../../dist/', import.meta.url);
const api = JSON.parse(readFileSync(new URL('api/kpis.json', dist), 'utf8')) as {
  kpis: { id: string; url: string; benchmarks: { industry: string; benchmark: { basis?: unknown } }[] }[];
};
const pageOf = (url: string) => readFileSync(new URL(`.${new URL(url).pathname}index.html`, dist), 'utf8');

describe('KPI coverage', () => {
  it('lists the whole registry', () => {
    expect(api.kpis.length).toBeGreaterThanOrEqual(30);
  });

  it.for(api.kpis)('$id is benchmarked by at least two industries, each with its basis', (kpi) => {
    const industries = new Set(kpi.benchmarks.map((benchmark) => benchmark.industry));
    expect(industries.size).toBeGreaterThanOrEqual(2);
    expect(kpi.benchmarks.filter((entry) => !entry.benchmark.basis)).toEqual([]);
    expect(pageOf(kpi.url)).not.toMatch(/no benchmarks/i);
  });
});
