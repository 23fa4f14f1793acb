import { z } from 'astro/zod';

/** Units a KPI or benchmark figure can be expressed in. */
export const units = [
  'percent',
  'ratio',
  'multiple',
  'days',
  'months',
  'currency',
  'count',
  'per-week',
  'per-month',
] as const;
export type Unit = (typeof units)[number];

export const unitSchema = z
  .enum(units)
  .describe(
    'Unit of the figure: percent (0–100), ratio (0–1 or x:y), multiple (3 means 3×), days, months, currency (US dollars), count, per-week or per-month (a count in each week or month).',
  );
