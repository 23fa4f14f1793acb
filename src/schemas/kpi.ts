import { z } from 'astro/zod';
import { unitSchema } from './units';

export const directions = ['higher-is-better', 'lower-is-better', 'target-range'] as const;
export type Direction = (typeof directions)[number];

export const indicators = ['leading', 'lagging'] as const;
export const categories = ['pipeline', 'conversion', 'retention', 'efficiency', 'activation', 'expansion'] as const;
export type Category = (typeof categories)[number];

/** One KPI in the registry (`content/kpis/<id>.yaml`). The file name is the KPI's id. */
export const kpiSchema = z.object({
  name: z.string().trim().min(1).describe('Display name, sentence case: "Pipeline coverage".'),
  abbreviation: z.string().trim().min(1).optional().describe('Common short form, if any: "NRR".'),
  definition: z
    .string()
    .trim()
    .min(20, 'definition is too short: say in one sentence what the KPI measures.')
    .max(320, 'definition is too long: keep it to one or two sentences; put detail in notes.')
    .describe('One or two sentences that say what the KPI measures.'),
  formula: z
    .string()
    .trim()
    .min(3)
    .describe('The formula as readable text: "Weighted open pipeline ÷ new-revenue target".'),
  unit: unitSchema,
  direction: z
    .enum(directions)
    .describe('Which way is good: higher-is-better, lower-is-better, or target-range (inside min–max).'),
  indicator: z
    .enum(indicators)
    .describe('leading (predicts future revenue) or lagging (reports what already happened).'),
  category: z.enum(categories).describe('Where the KPI sits in the revenue engine.'),
  canExceed100: z
    .boolean()
    .default(false)
    .describe(
      'For a percent KPI that can pass 100 (NRR, quota attainment, utilisation): true. Otherwise the scorecard refuses values over 100%.',
    ),
  canBeNegative: z
    .boolean()
    .default(false)
    .describe('true when the KPI can fall below zero (net new ARR). Otherwise the scorecard refuses negative values.'),
  notes: z
    .string()
    .trim()
    .optional()
    .describe('Optional extra guidance shown on the KPI page: pitfalls, variants, how to segment it.'),
});

export type KpiData = z.infer<typeof kpiSchema>;
