import { z } from 'astro/zod';

/**
 * A calendar day written YYYY-MM-DD, as the editor wrote it. zod's ISO date check knows
 * month lengths and leap years, so "2026-02-30" and "2026-13-45" are refused instead of
 * rolling over to March or the next year (what `z.coerce.date()` and a YAML timestamp
 * do). The build hands the schema the text as written: the content loader re-reads
 * frontmatter with js-yaml's core schema (readFields in src/lib/markdown/content-file.ts),
 * which, like the lint's parser, keeps dates as text.
 */
export function calendarDate(field: string, description: string) {
  const message = (input: unknown) =>
    `${field} must be a real day written YYYY-MM-DD, such as 2026-03-14` +
    (typeof input === 'string' ? `: "${input}" is not one.` : ', in the frontmatter as written.');
  return z.iso
    .date({ error: (issue) => message(issue.input) })
    .transform((day) => new Date(`${day}T00:00:00Z`))
    .describe(description);
}

/** Published/updated dates shared by every article; `updated` may not precede `published`. */
export const datesShape = {
  published: calendarDate('published', 'First publication date, YYYY-MM-DD.'),
  updated: calendarDate(
    'updated',
    'Date of the last substantive revision, YYYY-MM-DD. Leave out if never revised.',
  ).optional(),
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
