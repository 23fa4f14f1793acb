import { describe, expect, it } from 'vitest';
import { kpiRefList } from '~/schemas/context';
import { guideSchema } from '~/schemas/guide';
import { trainingSchema } from '~/schemas/training';
import { context, describeIssues, fixtures, readData } from './helpers';

describe('kpiRefList', () => {
  it('turns ids into references and names the second of a KPI listed twice', () => {
    expect(kpiRefList(context).parse(['win-rate'])).toEqual([{ collection: 'kpis', id: 'win-rate' }]);
    expect(describeIssues(kpiRefList(context).safeParse(['win-rate', 'pipeline-coverage', 'win-rate']))).toEqual([
      '2: KPI "win-rate" is listed twice (items 1 and 3): keep one.',
    ]);
  });

  it.each([
    ['guide', guideSchema(context), 'content/guides/sample-guide.mdx'],
    ['training', trainingSchema(context), 'content/trainings/sample-training.md'],
  ] as const)('gives a %s the path of its own kpis field', (_, schema, file) => {
    const data = { ...(readData(`${fixtures}${file}`) as object), kpis: ['win-rate', 'win-rate'] };
    expect(describeIssues(schema.safeParse(data))).toEqual([
      'kpis.1: KPI "win-rate" is listed twice (items 1 and 2): keep one.',
    ]);
  });
});
