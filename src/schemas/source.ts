import { z } from 'astro/zod';

/** A published source an article cites. Shown as a numbered list with outbound links. */
export const sourceSchema = z.object({
  title: z.string().trim().min(1).describe('Title of the cited page, report or book.'),
  publisher: z.string().trim().min(1).describe('Who published it: "Bessemer Venture Partners".'),
  url: z
    .url({ protocol: /^https?$/, error: 'url must be a full http(s):// address.' })
    .describe('Full address of the source, starting with https://.'),
  accessed: z.coerce.date().describe('The day you last checked the source, as YYYY-MM-DD.'),
});

export type Source = z.infer<typeof sourceSchema>;
