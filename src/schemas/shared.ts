import { z } from 'astro/zod';

/** Fields every article (guide or industry page) shares. */
export const articleShape = {
  description: z
    .string()
    .trim()
    .min(50, 'description is too short: write one sentence of 50–160 characters for search results.')
    .max(160, 'description is too long: search engines cut it at about 160 characters.')
    .describe('One sentence for search results and link previews, 50–160 characters.'),
  tags: z
    .array(z.string().trim().min(1))
    .default([])
    .describe('Topic tags, lower case: "pipeline", "healthtech". Each gets a topic page.'),
  draft: z
    .boolean()
    .default(false)
    .describe('true keeps the page out of production builds; `npm run dev` still shows it.'),
};

/** A short answer box; an empty one is the commonest editing slip. */
export function answerText(field: string) {
  return z.string().trim().min(1, `${field} is empty: write two or three sentences that answer the title question.`);
}
