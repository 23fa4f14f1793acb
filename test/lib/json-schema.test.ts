import Ajv2020 from 'ajv/dist/2020';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildKpiApi, getKpiApiJsonSchema, toJsonSchema, type KpiApiInput } from '../../src/lib/json-schema';
import { loadCorpus } from '../../src/lib/lint/corpus';
import { parseEntries } from '../../src/lib/lint/schema';
import { kpiSchema } from '../../src/schemas/kpi';
import { guideSchema } from '../../src/schemas/guide';
import { createCatalog } from '../../src/lib/catalog';
import { referenceStub } from '../../src/lib/lint/schema';

const site = new URL('https://pulse.example.org');
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Typed registry and industries from a content folder, as the collections would give them. */
function readApiInput(contentDir: string): KpiApiInput {
  const { entries } = parseEntries(loadCorpus(contentDir, projectRoot));
  const kpis: KpiApiInput['kpis'][number][] = [];
  const industries: KpiApiInput['industries'][number][] = [];
  for (const [doc, entry] of entries) {
    if (entry.kind === 'kpi') kpis.push({ id: doc.id, data: entry.data });
    if (entry.kind === 'industry' && !entry.data.draft) industries.push({ id: doc.id, data: entry.data });
  }
  return { site, kpis, industries };
}

function compile(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // ajv-formats is not installed; these are the two formats the generated schema uses.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv.compile(schema);
}

describe('/api/kpis.json', () => {
  const validate = compile(getKpiApiJsonSchema(site));

  it.each([
    ['the live content', `${projectRoot}content`],
    ['the clean lint fixtures', `${projectRoot}test/fixtures/lint/clean`],
  ])('built from %s, validates against its generated JSON Schema', (_, dir) => {
    const api = buildKpiApi(readApiInput(dir));
    const valid = validate(JSON.parse(JSON.stringify(api)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(api.kpis.length).toBeGreaterThan(0);
  });

  it("gathers every industry's benchmark under its KPI", () => {
    const api = buildKpiApi(readApiInput(`${projectRoot}test/fixtures/lint/clean`));
    const cost = api.kpis.find((kpi) => kpi.id === 'fractional-leader-cost');
    expect(cost?.url).toBe('https://pulse.example.org/kpis/fractional-leader-cost/');
    expect(cost?.benchmarks.map((b) => [b.industryName, b.benchmark.min, b.benchmark.max])).toEqual([
      ['Home Services', 4000, 12000],
      ['Pest Control', 8000, 25000],
    ]);
    expect(api.$schema).toBe('https://pulse.example.org/api/kpis.schema.json');
  });

  it('rejects payloads that break the contract', () => {
    const api = JSON.parse(JSON.stringify(buildKpiApi(readApiInput(`${projectRoot}test/fixtures/lint/clean`))));
    api.kpis[0].unit = 'furlongs';
    delete api.kpis[1].definition;
    expect(validate(api)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath).sort()).toEqual(['/kpis/0/unit', '/kpis/1']);
  });

  it('carries the zod descriptions into the JSON Schema', () => {
    const schema = getKpiApiJsonSchema(site) as {
      properties: { kpis: { items: { properties: Record<string, { description?: string }> } } };
    };
    const fields = schema.properties.kpis.items.properties;
    expect(fields['direction']?.description).toBe(kpiSchema.shape.direction.description);
    expect(fields['benchmarks']?.description).toMatch(/^Every published industry page/);
  });
});

describe('toJsonSchema', () => {
  it('types frontmatter dates as YYYY-MM-DD strings', () => {
    const schema = guideSchema({ catalog: createCatalog(new Map(), new Map()), reference: referenceStub });
    const json = toJsonSchema(schema, 'input') as { properties: Record<string, Record<string, unknown>> };
    expect(json.properties['published']).toMatchObject({ type: 'string', format: 'date' });
  });
});
