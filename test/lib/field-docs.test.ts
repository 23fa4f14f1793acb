import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { findFieldDoc } from '~/lib/field-docs';

const schema = z.object({
  title: z.string().min(10).describe('The question the page answers.'),
  draft: z.boolean().default(false).describe('true keeps the page out of production builds.'),
  faq: z.array(z.object({ answer: z.string().describe('A direct answer.') })).default([]),
  basis: z.union([z.object({ source: z.string().describe('The id of a source.') }), z.string()]).optional(),
  published: z.coerce.date().transform((date) => date.getTime()),
});

describe('findFieldDoc', () => {
  it.each([
    [['title'], { description: 'The question the page answers.', required: true, fields: [] }],
    [['draft'], { description: 'true keeps the page out of production builds.', required: false, fields: [] }],
    [['faq', 2, 'answer'], { description: 'A direct answer.', required: true, fields: [] }],
    [['basis', 'source'], { description: 'The id of a source.', required: true, fields: [] }],
    [['faq', 0], { description: undefined, required: true, fields: ['answer'] }],
    // A transform zod cannot describe as JSON Schema, and a field the schema does not have.
    [['published'], { description: undefined, required: true, fields: [] }],
    [['nope', 'deeper'], { description: undefined, required: true, fields: [] }],
  ])('reads %j from the schema', (path, doc) => {
    expect(findFieldDoc(schema, path)).toEqual(doc);
  });
});
