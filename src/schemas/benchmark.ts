import { z } from 'astro/zod';
import { basisSchema } from './basis';
import { unitSchema } from './units';

/**
 * A benchmark target: the sentence an editor writes, plus the typed figures that the
 * scorecard, the KPI pages and the lint compare across the library.
 *
 * How min and max read depends on the KPI's direction: for higher-is-better the target
 * is reached at `min`; for lower-is-better it is reached at or below `max`; for a
 * target range the value should sit between the two.
 */
export const benchmarkSchema = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, 'benchmark.text is empty: write the target as a reader should see it.')
      .describe('The target in words, as shown on the page: "80 to 90 percent within 90 days".'),
    min: z.number().optional().describe('Low end of the target, in `unit`.'),
    max: z.number().optional().describe('High end of the target, in `unit`.'),
    unit: unitSchema,
    period: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Time window the figure applies to: "90 days", "annual", "quarter", "18 months".'),
    segment: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Buyer segment the figure is for, when it is not for every segment: "health systems and payers".'),
    note: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Why this figure differs from the same KPI elsewhere in the library, if it does.'),
    basis: basisSchema.describe('Where the figure comes from: a source on this page, or an editorial judgement.'),
  })
  .strict()
  .superRefine((benchmark, ctx) => {
    if (benchmark.min === undefined && benchmark.max === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['min'],
        message: "benchmark needs a number: give min, max or both, in the KPI's unit.",
      });
    }
    if (benchmark.min !== undefined && benchmark.max !== undefined && benchmark.min > benchmark.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: `benchmark.min (${benchmark.min}) must not exceed benchmark.max (${benchmark.max}): swap them.`,
      });
    }
  });

export type Benchmark = z.infer<typeof benchmarkSchema>;
