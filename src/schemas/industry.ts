import { z } from 'astro/zod';
import { benchmarkSchema } from './benchmark';
import { checkUnique, kpiRef, relatedRef, type SchemaContext } from './context';
import { checkDates, datesShape } from './dates';
import { checkNoTodoWhenPublished } from '../lib/lint/todo';
import { faqSchema } from './faq';
import { answerText, articleShape } from './shared';
import { sourceSchema } from './source';
import { toolsField } from './tool';

/** One KPI as an industry page presents it. */
function industryKpiSchema(ctx: SchemaContext) {
  return z.object({
    kpi: kpiRef(ctx).describe('Registry id of the KPI: the file name in content/kpis/.'),
    measures: z.string().trim().min(1).describe('What the KPI measures in this industry.'),
    why: z.string().trim().min(1).describe('Why it matters in this industry.'),
    benchmark: benchmarkSchema.describe('The target for this industry.'),
  });
}

/** Frontmatter of an industry KPI guide (`content/industries/<id>.md`). */
export function industrySchema(ctx: SchemaContext) {
  return z
    .object({
      industry: z.string().trim().min(1).describe('Industry name as readers know it: "Telehealth Platform Services".'),
      title: z
        .string()
        .trim()
        .min(1)
        .optional()
        .describe('Page title as a question. Defaults to "What are the key sales KPIs for <industry>?".'),
      ...articleShape,
      segments: z
        .array(z.string().trim().min(1))
        .min(1, 'segments is empty: list the buyer segments this industry sells to.')
        .describe('Buyer segments: "health systems", "payers", "employers".'),
      summary: answerText('summary').describe(
        'The quick answer: which KPIs matter and why, in two or three sentences.',
      ),
      ...datesShape,
      kpis: z
        .array(industryKpiSchema(ctx))
        .min(3, 'kpis needs at least three KPIs; an industry page usually names about nine.')
        .describe('The KPIs, in the order the page presents them.'),
      checklist: z
        .array(z.string().trim().min(1))
        .default([])
        .describe('Steps to track these KPIs in a CRM, in order.'),
      faq: z.array(faqSchema).default([]).describe('Questions and answers shown at the end of the page.'),
      sources: z.array(sourceSchema).default([]).describe('Published sources for the figures.'),
      related: z
        .array(relatedRef(ctx))
        .default([])
        .describe('Hand-picked related entries: "industries/<id>" or "guides/<id>".'),
      tools: toolsField(ctx),
    })
    .superRefine((page, issue) => {
      checkDates(page, issue);
      checkNoTodoWhenPublished(page, issue);
      checkUnique(
        page.kpis.map((item) => item.kpi.id),
        issue,
        (index) => ['kpis', index, 'kpi'],
        'KPI',
      );
      page.kpis.forEach((item, index) => {
        const registered = ctx.catalog.kpis.get(item.kpi.id);
        if (registered && registered.unit !== item.benchmark.unit) {
          issue.addIssue({
            code: 'custom',
            path: ['kpis', index, 'benchmark', 'unit'],
            message: `benchmark.unit is "${item.benchmark.unit}" but ${registered.name} is measured in "${registered.unit}": convert the figures to ${registered.unit}.`,
          });
        }
      });
    })
    .transform((page) => ({
      ...page,
      title: page.title ?? `What are the key sales KPIs for ${page.industry}?`,
    }));
}

export type IndustryData = z.infer<ReturnType<typeof industrySchema>>;
