import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '~/lib/catalog';
import type { SchemaContext } from '~/schemas/context';
import { guideSchema } from '~/schemas/guide';
import { toolIdSchema, toolsField } from '~/schemas/tool';

function messages(result: { success: boolean; error?: z.ZodError }): string[] {
  return result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
}

// Tool ids are the page files in content/tools/, as the catalog lists them.
const context: SchemaContext = {
  catalog: createCatalog(
    new Map([
      [
        'tools',
        ['cac-payback', 'fractional-cro-cost', 'gross-profit', 'kpi-scorecard', 'nrr-grr', 'pipeline-coverage'],
      ],
    ]),
    new Map(),
  ),
  reference: () => z.object({ collection: z.string(), id: z.string() }) as never,
};

describe('tool ids in frontmatter', () => {
  it('accepts registered ids and defaults to none', () => {
    expect(toolsField(context).parse(['pipeline-coverage', 'kpi-scorecard'])).toEqual([
      'pipeline-coverage',
      'kpi-scorecard',
    ]);
    expect(toolsField(context).parse(undefined)).toEqual([]);
  });

  it('rejects an unknown id, pointing at content/tools/ and suggesting the closest', () => {
    const result = toolIdSchema(context).safeParse('cac-paybak');
    expect(messages(result)).toEqual([
      ': unknown tool "cac-paybak": use the file name of an entry in content/tools/. Did you mean "cac-payback"?',
    ]);
  });

  it('rejects a tool listed twice', () => {
    expect(messages(toolsField(context).safeParse(['nrr-grr', 'nrr-grr']))).toEqual([
      '1: tool "nrr-grr" is listed twice (items 1 and 2): keep one.',
    ]);
  });

  it('fails a guide whose tools list has a typo, naming the field', () => {
    const guide = {
      title: 'How much does a fractional CRO cost?',
      description:
        'What a fractional chief revenue officer costs per month, per day and in equity, next to a full-time hire.',
      published: '2026-06-28',
      quickAnswer: 'Usually a monthly fee for a set number of days, plus a little equity.',
      tools: ['fractional-cro-cost', 'gross-proft'],
    };
    const result = guideSchema(context).safeParse(guide);
    expect(messages(result)).toEqual([
      expect.stringMatching(/^tools\.1: unknown tool "gross-proft".* Did you mean "gross-profit"\?$/),
    ]);
    expect(guideSchema(context).parse({ ...guide, tools: ['fractional-cro-cost'] }).tools).toEqual([
      'fractional-cro-cost',
    ]);
  });
});
