import { describe, expect, it } from 'vitest';
import { checkIds, type KnownIds } from '../../../src/lib/lint/ids';
import { loadBroken, loadClean, locate } from './fixtures';

const knownFor = (docs: ReturnType<typeof loadClean>, tools: string[] = []): KnownIds => ({
  kpis: docs.filter((d) => d.kind === 'kpi').map((d) => d.id),
  guides: docs.filter((d) => d.kind === 'guide').map((d) => d.id),
  industries: docs.filter((d) => d.kind === 'industry').map((d) => d.id),
  tools,
});

describe('ids rule', () => {
  it('reports unknown KPI, related and tool ids with a hint at the closest id', () => {
    const docs = loadBroken();
    const problems = checkIds(docs, knownFor(docs, ['cro-cost-calculators']));
    expect(locate(problems)).toEqual([
      'broken/guides/fractional-cro-cost-denver.mdx:17 kpis[1] error',
      'broken/guides/fractional-cro-cost-denver.mdx:18 related[1] error',
      'broken/guides/fractional-cro-price-denver.mdx:20 tools[1] error',
    ]);
    expect(problems[0]?.message).toContain('unknown KPI "pipline-coverage"');
    expect(problems[0]?.message).toContain('Did you mean "pipeline-coverage"?');
    expect(problems[2]?.message).toContain('Did you mean "cro-cost-calculators"?');
    // Word for word what the schema says in the build (src/schemas/context.ts).
    expect(problems[1]?.message).toBe(
      'related entry "guides/fractional-cro-pricing" does not exist: no file content/guides/fractional-cro-pricing.md or .mdx. Did you mean "fractional-cro-boulder"?',
    );
  });

  it('accepts ids that exist, including industry KPI entries', () => {
    const docs = loadClean();
    expect(checkIds(docs, knownFor(docs))).toEqual([]);
  });
});
