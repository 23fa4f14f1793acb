import { z } from 'astro/zod';
import { answerText, articleFields, checkArticle } from './article';
import { benchmarkSchema } from './benchmark';
import { checkUnique, kpiRef, type SchemaContext } from './context';
import { checkBasisSource } from './source';

/**
 * One KPI as an industry page presents it. One target (`benchmark`), or one per buyer
 * segment (`benchmarks`, each with its `segment`); the rest of the code sees `benchmarks`.
 */
function industryKpiSchema(ctx: SchemaContext) {
  return z
    .object({
      kpi: kpiRef(ctx).describe('Registry id of the KPI: the file name in content/kpis/.'),
      measures: z.string().trim().min(1).describe('What the KPI measures in this industry.'),
      why: z.string().trim().min(1).describe('Why it matters in this industry.'),
      benchmark: benchmarkSchema.optional().describe('The target for this industry.'),
      benchmarks: z
        .array(benchmarkSchema)
        .min(2, 'benchmarks lists one target per segment: give two or more, or write a single `benchmark`.')
        .optional()
        .describe('Instead of `benchmark`: one target per buyer segment, each with its `segment`.'),
    })
    .superRefine((item, issue) => {
      if (!item.benchmark === !item.benchmarks) {
        issue.addIssue({
          code: 'custom',
          path: ['benchmark'],
          message: item.benchmark
            ? 'write either `benchmark` or `benchmarks`, not both.'
            : 'benchmark is missing: give the target for this industry (or `benchmarks`, one per segment).',
        });
      }
      item.benchmarks?.forEach((benchmark, index) => {
        if (!benchmark.segment) {
          issue.addIssue({
            code: 'custom',
            path: ['benchmarks', index, 'segment'],
            message: 'each of several benchmarks needs its segment: say which buyers this target is for.',
          });
        }
      });
      checkUnique(
        (item.benchmarks ?? []).flatMap((benchmark) => benchmark.segment ?? []),
        issue,
        (index) => ['benchmarks', index, 'segment'],
        'segment',
      );
    })
    .transform(({ benchmark, benchmarks, ...item }) => ({
      ...item,
      benchmarks: benchmarks ?? (benchmark ? [benchmark] : []),
    }));
}

/** Where an editor wrote a KPI's n-th target: `benchmark` when there is one, else `benchmarks[n]`. */
function benchmarkPath(item: { benchmarks: readonly unknown[] }, index: number, position: number) {
  return item.benchmarks.length === 1 ? ['kpis', index, 'benchmark'] : ['kpis', index, 'benchmarks', position];
}

/** `kpis.2.benchmarks.0.text` in the parsed page was written `kpis.2.benchmark.text` when it is the only target. */
function toWrittenPath(kpis: readonly { benchmarks: readonly unknown[] }[], path: (string | number)[]) {
  const [field, index, part, , ...rest] = path;
  if (field !== 'kpis' || part !== 'benchmarks' || typeof index !== 'number') return path;
  return (kpis[index]?.benchmarks.length ?? 0) > 1 ? path : ['kpis', index, 'benchmark', ...rest];
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
      ...articleFields(ctx),
      segments: z
        .array(z.string().trim().min(1))
        .min(1, 'segments is empty: list the buyer segments this industry sells to.')
        .describe('Buyer segments: "health systems", "payers", "employers".'),
      summary: answerText('summary').describe(
        'The quick answer: which KPIs matter and why, in two or three sentences.',
      ),
      kpis: z
        .array(industryKpiSchema(ctx))
        .min(3, 'kpis needs at least three KPIs; an industry page usually names about nine.')
        .describe('The KPIs, in the order the page presents them.'),
      checklist: z
        .array(z.string().trim().min(1))
        .default([])
        .describe('Steps to track these KPIs in a CRM, in order.'),
    })
    .superRefine((page, issue) => {
      checkArticle(page, issue, (path) => toWrittenPath(page.kpis, path));
      checkUnique(
        page.kpis.map((item) => item.kpi.id),
        issue,
        (index) => ['kpis', index, 'kpi'],
        'KPI',
      );
      page.kpis.forEach((item, index) => {
        const registered = ctx.catalog.kpis.get(item.kpi.id);
        // Refinements still run when an item failed its own schema, before its transform; read defensively.
        (item.benchmarks ?? []).forEach((benchmark, position) => {
          const path = benchmarkPath(item, index, position);
          if (registered && registered.unit !== benchmark.unit) {
            issue.addIssue({
              code: 'custom',
              path: [...path, 'unit'],
              message: `benchmark.unit is "${benchmark.unit}" but ${registered.name} is measured in "${registered.unit}": convert the figures to ${registered.unit}.`,
            });
          }
          checkBasisSource(benchmark.basis, page.sources, issue, [...path, 'basis', 'source']);
        });
      });
    })
    .transform((page) => ({
      ...page,
      title: page.title ?? `What are the key sales KPIs for ${page.industry}?`,
    }));
}

export type IndustryData = z.infer<ReturnType<typeof industrySchema>>;
