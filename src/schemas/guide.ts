import { z } from 'astro/zod';
import { answerText, articleFields, checkArticle, titleText } from './article';
import { kpiRefList, type SchemaContext } from './context';

const stepSchema = z.object({
  title: z.string().trim().min(1).describe('The step as an instruction: "Map your revenue funnel end to end".'),
  detail: z.string().trim().min(1).describe('One or two sentences on how to do it.'),
});

/** Frontmatter of a question-and-answer guide (`content/guides/<id>.md`, or `.mdx` when its body embeds a component). */
export function guideSchema(ctx: SchemaContext) {
  return z
    .object({
      title: titleText().describe(
        'The question the guide answers: "What KPIs should a fractional CRO own at a healthtech company?"',
      ),
      ...articleFields(ctx),
      quickAnswer: answerText('quickAnswer').describe('Two or three sentences that answer the title on their own.'),
      directAnswer: z
        .string()
        .trim()
        .min(1)
        .optional()
        .describe('Optional longer answer, one paragraph, shown under the quick answer.'),
      steps: z.array(stepSchema).default([]).describe('Ordered steps, shown numbered.'),
      searchTerms: z
        .array(z.string().trim().min(1))
        .default([])
        .describe('"People also search for" phrases; each links to its topic page.'),
      industry: z.string().trim().min(1).optional().describe('Industry the guide is about, if any: "Healthtech".'),
      kpis: kpiRefList(ctx).default([]).describe('Registry ids of the KPIs the guide discusses.'),
    })
    .superRefine((guide, issue) => {
      checkArticle(guide, issue);
    });
}

export type GuideData = z.infer<ReturnType<typeof guideSchema>>;
