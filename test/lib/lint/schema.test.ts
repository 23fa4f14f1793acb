import { describe, expect, it } from 'vitest';
import { parseEntries } from '../../../src/lib/lint/schema';
import { loadBroken, loadClean, makeDoc, testRuleOnCorpora } from './fixtures';

describe('schema rule', () => {
  testRuleOnCorpora((docs) => parseEntries(docs).problems, {
    title: 'reports every schema error in every file, located, and leaves ids to the ids rule',
    located: [
      'broken/kpis/quota-attainment.yaml:2 definition error',
      'broken/kpis/quota-attainment.yaml:4 unit error',
      'broken/industries/telehealth.md:12 kpis[1].benchmark.max error',
      'broken/industries/telehealth.md:16 kpis[2].benchmark.unit error',
    ],
    sentences: {
      3: 'benchmark.unit is "months" but Sales cycle length is measured in "days": convert the figures to days.',
    },
  });

  // Silent on the clean corpus, and every entry typed: more than the shared clean test says.

  it('parses every clean entry into typed data', () => {
    const docs = loadClean();
    const { problems, entries } = parseEntries(docs);
    expect(problems).toEqual([]);
    expect(entries.size).toBe(docs.length);
  });

  it('turns a missing field into an instruction and reports YAML errors', () => {
    const { problems } = parseEntries([
      makeDoc('kpi', 'k', 'name: X\n'),
      makeDoc('guide', 'g', '---\ntitle: [oops\n---\n'),
    ]);
    expect(problems.find((p) => p.field === 'definition')?.message).toBe(
      'definition is missing: add it (One or two sentences that say what the KPI measures).',
    );
    expect(problems.find((p) => p.file.endsWith('g.md'))?.message).toMatch(/^YAML does not parse/);
  });

  it('leaves TODO markers to the todo rule but still types the entry', () => {
    const docs = loadBroken();
    const denver = docs.find((d) => d.id === 'fractional-cro-cost-denver')!;
    const { problems, entries } = parseEntries([denver]);
    expect(problems).toEqual([]);
    expect(entries.get(denver)?.data).toMatchObject({ draft: false });
  });

  it('checks the prose of a tool page in content/tools/, naming the file and field', () => {
    const tool = makeDoc(
      'tool',
      'gross-profit',
      '---\nintro: Why.\nvariants: ""\nassumptions: [One.]\nexample: Ex.\nreading: []\n---\n',
    );
    const { problems } = parseEntries([tool]);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`)).toEqual([
      'content/tools/gross-profit.md:3 variants: variants is empty: write it as plain prose.',
      'content/tools/gross-profit.md:6 reading: reading needs at least one item.',
    ]);
  });
});
