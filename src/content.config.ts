import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from './lib/catalog';
import type { SchemaContext } from './schemas/context';
import { guideSchema } from './schemas/guide';
import { industrySchema } from './schemas/industry';
import { kpiSchema } from './schemas/kpi';
import { trainingSchema } from './schemas/training';

const contentRoot = fileURLToPath(new URL('../content/', import.meta.url));
const context: SchemaContext = {
  catalog: loadCatalog(contentRoot),
  // reference() also accepts numbers and objects; our schemas only ever hand it a checked string id.
  reference: reference as SchemaContext['reference'],
};

const kpis = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{yaml,yml}', base: './content/kpis' }),
  schema: kpiSchema,
});

// Bodies stay out of the data store, which the build holds in memory throughout; the few
// steps that need one read it from the file (getBody in src/lib/content.ts).
const guides = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/guides', retainBody: false }),
  schema: guideSchema(context),
});

const industries = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/industries', retainBody: false }),
  schema: industrySchema(context),
});

// Sixty-minute team-meeting plans; Markdown only, like industry pages. No routes yet.
const trainings = defineCollection({
  loader: glob({ pattern: '**/[^_]*.md', base: './content/trainings', retainBody: false }),
  schema: trainingSchema(context),
});

export const collections = { kpis, guides, industries, trainings };
