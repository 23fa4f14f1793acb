import { z } from 'astro/zod';
import { checkUnique, kpiRef, relatedRef, type SchemaContext } from './context';
import { checkDates, datesShape } from './dates';
import { checkNoTodoWhenPublished } from './todo';
import { faqSchema } from './faq';
import { answerText, articleShape } from './shared';
import { sourceSchema } from './source';
import { toolsField } from './tool';

const stepSchema = z.object({
  title: z.string().trim().min(1).describe('The step as an instruction: "Map your revenue funnel end to end".'),
  detail: z.string().trim().min(1).describe('One or two sentences on how to do it.'),
});

/** Frontmatter of a question-and-answer guide (`content/guides/<id>.mdx`). */
export function guideSchema(ctx: SchemaContext) {
  return z
    .object({
      title: z
        .string()
        .trim()
        .min(10)
        .describe('The question the guide answers: "What KPIs should a fractional CRO own at a healthtech company?"'),
      ...articleShape,
      ...datesShape,
      quickAnswer: answerText('quickAnswer').describe('Two or three sentences that answer the title on their own.'),
      directAnswer: z
        .string()
        .trim()
        .min(1)
        .optional()
        .describe('Optional longer answer, one paragraph, shown under the quick answer.'),
      steps: z.array(stepSchema).default([]).describe('Ordered steps, shown numbered.'),
      faq: z.array(faqSchema).default([]).describe('Questions and answers shown at the end of the guide.'),
      sources: z.array(sourceSchema).default([]).describe('Published sources, shown numbered with links.'),
      searchTerms: z
        .array(z.string().trim().min(1))
        .default([])
        .describe('"People also search for" phrases; each links to its topic page.'),
      industry: z.string().trim().min(1).optional().describe('Industry the guide is about, if any: "Healthtech".'),
      kpis: z.array(kpiRef(ctx)).default([]).describe('Registry ids of the KPIs the guide discusses.'),
      related: z
        .array(relatedRef(ctx))
        .default([])
        .describe('Hand-picked related entries: "guides/<id>" or "industries/<id>".'),
      tools: toolsField(ctx),
    })
    .superRefine((guide, issue) => {
      checkDates(guide, issue);
      checkNoTodoWhenPublished(guide, issue);
      checkUnique(
        guide.kpis.map((ref) => ref.id),
        issue,
        (index) => ['kpis', index],
        'KPI',
      );
    });
}

export type GuideData = z.infer<ReturnType<typeof guideSchema>>;
