import { z } from 'astro/zod';
import { relatedRef, type SchemaContext } from './context';
import { checkDates, datesShape } from './dates';
import { faqSchema } from './faq';
import { checkSourceIds, sourceSchema, type Source } from './source';
import { checkNoTodoWhenPublished } from './todo';
import { toolsField } from './tool';

/**
 * The fields every article (guide, industry page, training) carries besides its own
 * content. A content type spreads them once and calls `checkArticle` from its refinement,
 * so a new type gets the same fields, wording and checks as the others.
 */
export function articleFields(ctx: SchemaContext) {
  return {
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
    ...datesShape,
    faq: z.array(faqSchema).default([]).describe('Questions and answers shown at the end of the page.'),
    sources: z.array(sourceSchema).default([]).describe('Published sources, shown numbered with links.'),
    related: z
      .array(relatedRef(ctx))
      .default([])
      .describe('Hand-picked related entries: "guides/<id>" or "industries/<id>".'),
    tools: toolsField(ctx),
  };
}

/**
 * The checks across those fields: dates in order, no TODO on a published page, one id per
 * source. `toWrittenPath` maps a parsed path back to where the editor wrote it, for a type
 * whose transform moves fields.
 */
export function checkArticle(
  article: { draft: boolean; published: Date; updated?: Date | undefined; sources: readonly Source[] },
  issue: z.RefinementCtx,
  toWrittenPath?: (path: (string | number)[]) => (string | number)[],
): void {
  checkDates(article, issue);
  checkNoTodoWhenPublished(article, issue, toWrittenPath);
  checkSourceIds(article.sources, issue);
}

/** An article's own title: guides and trainings require one; an industry page derives its own. */
export function titleText() {
  return z.string().trim().min(10);
}

/** A short answer box; an empty one is the commonest editing slip. */
export function answerText(field: string) {
  return z.string().trim().min(1, `${field} is empty: write two or three sentences that answer the title question.`);
}
