import { z } from 'astro/zod';

/** Published/updated dates shared by every article; `updated` may not precede `published`. */
export const datesShape = {
  published: z.coerce.date().describe('First publication date, YYYY-MM-DD.'),
  updated: z.coerce
    .date()
    .optional()
    .describe('Date of the last substantive revision, YYYY-MM-DD. Leave out if never revised.'),
};

export function checkDates(data: { published: Date; updated?: Date | undefined }, ctx: z.RefinementCtx): void {
  if (data.updated && data.updated < data.published) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: 'updated is earlier than published: set it to the day of the latest revision, or remove it.',
    });
  }
}
