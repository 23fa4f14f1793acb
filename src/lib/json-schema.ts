/**
 * JSON Schema generated from the zod schemas, so the published contract and the
 * field reference in EDITING.md are the schemas' own descriptions, never a copy.
 * Also the /api/kpis.json payload: the registry with every industry's benchmarks.
 */
import { z } from 'astro/zod';
import { benchmarkSchema, type Benchmark } from '../schemas/benchmark';
import { kpiSchema, type KpiData } from '../schemas/kpi';
import type { Source } from '../schemas/source';
import { groupBenchmarksByKpi } from './entries';
import { fixedRoutes, kpiUrl } from './routes';

/** Dates are written YYYY-MM-DD in frontmatter; say so instead of leaving them untyped. */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = (zodSchema as { _zod: { def: { type: string; defaultValue?: unknown } } })._zod.def;
      if (def.type === 'date') {
        jsonSchema['type'] = 'string';
        jsonSchema['format'] = 'date';
      }
      // zod leaves an input default out when the field holds a transform (a source's
      // `accessed` date), though an editor who omits the field still gets it.
      if (io === 'input' && def.type === 'default' && !('default' in jsonSchema)) {
        jsonSchema['default'] = def.defaultValue;
      }
    },
  }) as Record<string, unknown>;
}

const industryBenchmarkSchema = z.object({
  industry: z.string().describe('Id of the industry page: the part of its address after /industries/.'),
  industryName: z.string().describe('The industry as readers know it: "Telehealth Platform Services".'),
  url: z.url().describe('Address of the industry page that states the benchmark.'),
  measures: z.string().describe('What the KPI measures in that industry.'),
  benchmark: benchmarkSchema.describe('The target that industry page gives.'),
});

export const kpiApiSchema = z
  .object({
    $schema: z.url().describe('Address of this JSON Schema.'),
    kpis: z
      .array(
        kpiSchema.extend({
          id: z.string().describe("The KPI's id: its file name in content/kpis/ and the last part of its address."),
          url: z.url().describe("Address of the KPI's definition page."),
          benchmarks: z
            .array(industryBenchmarkSchema)
            .describe("Every published industry page's benchmark for this KPI, alphabetically by industry."),
        }),
      )
      .describe('Every KPI in the registry, alphabetically by id.'),
  })
  .describe('The Pulse KPI registry: each KPI defined once, with the benchmarks every industry page gives for it.');

export type KpiApi = z.infer<typeof kpiApiSchema>;

export interface KpiApiInput {
  site: URL;
  kpis: readonly { id: string; data: KpiData }[];
  industries: readonly {
    id: string;
    data: {
      industry: string;
      kpis: readonly { kpi: { id: string }; measures: string; benchmarks: readonly Benchmark[] }[];
      sources: readonly Source[];
    };
  }[];
}

export function buildKpiApi({ site, kpis, industries }: KpiApiInput): KpiApi {
  const url = (path: string) => new URL(path, site).href;
  const benchmarks = groupBenchmarksByKpi(industries);
  return {
    $schema: url(fixedRoutes.kpiApiSchema),
    kpis: [...kpis]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, data }) => ({
        id,
        url: url(kpiUrl(id)),
        ...data,
        benchmarks: (benchmarks.get(id) ?? []).map((row) => ({
          industry: row.industryId,
          industryName: row.industry,
          url: url(row.href),
          measures: row.measures,
          benchmark: row.benchmark,
        })),
      })),
  };
}

export function getKpiApiJsonSchema(site: URL): Record<string, unknown> {
  return {
    $id: new URL(fixedRoutes.kpiApiSchema, site).href,
    title: 'Pulse KPI registry',
    ...toJsonSchema(kpiApiSchema, 'output'),
  };
}
