import { describe, expect, it } from 'vitest';
import { guideSchema } from '~/schemas/guide';
import { industrySchema } from '~/schemas/industry';
import { kpiSchema } from '~/schemas/kpi';
import { context, describeIssues, fixtures, readData } from './helpers';

const schemas = {
  guide: guideSchema(context),
  industry: industrySchema(context),
  kpi: kpiSchema,
};

function check(kind: keyof typeof schemas, path: string) {
  return schemas[kind].safeParse(readData(path));
}

describe('valid fixtures', () => {
  it.each([
    ['kpi', 'content/kpis/pipeline-coverage.yaml'],
    ['kpi', 'content/kpis/gross-revenue-churn.yaml'],
    ['industry', 'content/industries/sample-industry.md'],
    ['guide', 'content/guides/sample-guide.mdx'],
  ] as const)('%s %s passes', (kind, file) => {
    const result = check(kind, fixtures + file);
    expect(describeIssues(result)).toEqual([]);
  });

  it('turns references into collection/id pairs and defaults the industry title', () => {
    const industry = schemas.industry.parse(readData(`${fixtures}content/industries/sample-industry.md`));
    expect(industry.title).toBe('What are the key sales KPIs for Sample Industry?');
    expect(industry.kpis[0]!.kpi).toEqual({ collection: 'kpis', id: 'pipeline-coverage' });
    expect(industry.related).toEqual([{ collection: 'guides', id: 'sample-guide' }]);
    expect(industry.draft).toBe(false);
  });
});

// Each broken fixture and the exact line an editor reads in the build error.
describe('broken fixtures fail with a message that says what to do', () => {
  it.each([
    [
      'industry',
      'industry-min-exceeds-max.md',
      'kpis.2.benchmark.max: benchmark.min (12) must not exceed benchmark.max (8): swap them.',
    ],
    [
      'industry',
      'industry-unit-mismatch.md',
      'kpis.2.benchmark.unit: benchmark.unit is "ratio" but Gross revenue churn is measured in "percent": convert the figures to percent.',
    ],
    [
      'industry',
      'industry-unknown-kpi.md',
      'kpis.2.kpi: unknown KPI "gross-revenue-chrun": use the file name of an entry in content/kpis/. Did you mean "gross-revenue-churn"?',
    ],
    [
      'industry',
      'industry-duplicate-kpi.md',
      'kpis.2.kpi: KPI "pipeline-coverage" is listed twice (items 1 and 3): keep one.',
    ],
    [
      'industry',
      'industry-no-figures.md',
      "kpis.2.benchmark.min: benchmark needs a number: give min, max or both, in the KPI's unit.",
    ],
    [
      'guide',
      'guide-empty-quick-answer.mdx',
      'quickAnswer: quickAnswer is empty: write two or three sentences that answer the title question.',
    ],
    [
      'guide',
      'guide-unknown-related.mdx',
      'related.0: related entry "guides/sample-guid" does not exist: no file content/guides/sample-guid.md or .mdx. Did you mean "sample-guide"?',
    ],
    [
      'guide',
      'guide-related-wrong-form.mdx',
      'related.0: related entry "sample-guide" must be written "guides/<id>" or "industries/<id>".',
    ],
    [
      'guide',
      'guide-updated-before-published.mdx',
      'updated: updated is earlier than published: set it to the day of the latest revision, or remove it.',
    ],
    ['guide', 'guide-bad-source-url.mdx', 'sources.0.url: url must be a full http(s):// address.'],
    [
      'kpi',
      'kpi-bad-unit.yaml',
      'unit: Invalid option: expected one of "percent"|"ratio"|"multiple"|"days"|"months"|"currency"|"count"|"per-week"|"per-month"',
    ],
  ] as const)('%s %s', (kind, file, message) => {
    const result = check(kind, `${fixtures}broken/${file}`);
    expect(result.success).toBe(false);
    expect(describeIssues(result)).toEqual([message]);
  });
});
