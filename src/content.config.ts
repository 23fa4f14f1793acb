import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { checkToolPages } from './calculators/registry';
import { loadCatalog } from './lib/catalog';
import { leanGlob } from './lib/lean-glob';
import type { SchemaContext } from './schemas/context';
import { guideSchema } from './schemas/guide';
import { industrySchema } from './schemas/industry';
import { kpiSchema } from './schemas/kpi';
import { trainingSchema } from './schemas/training';
import { toolPageSchema } from './schemas/tool-page';

const contentRoot = fileURLToPath(new URL('../content/', import.meta.url));
const context: SchemaContext = {
  catalog: loadCatalog(contentRoot),
  // reference() also accepts numbers and objects; our schemas only ever hand it a checked string id.
  reference: reference as SchemaContext['reference'],
};

// A registered tool without its page prose, or prose for no tool, stops the build here.
const toolPageProblems = checkToolPages(context.catalog.ids('tools'));
if (toolPageProblems.length > 0)
  throw new Error(`Tools and content/tools/ disagree:\n- ${toolPageProblems.join('\n- ')}`);

const kpis = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{yaml,yml}', base: './content/kpis' }),
  schema: kpiSchema,
});

// Bodies stay out of the data store, which the build holds in memory throughout; the few
// steps that need one read it from the file, once (src/lib/markdown/content-file.ts). So does
// Astro's raw copy of each Markdown file's frontmatter, which nothing reads (src/lib/lean-glob.ts).
const guides = defineCollection({
  loader: leanGlob({ pattern: '**/[^_]*.{md,mdx}', base: './content/guides', retainBody: false }),
  schema: guideSchema(context),
});

const industries = defineCollection({
  loader: leanGlob({ pattern: '**/[^_]*.{md,mdx}', base: './content/industries', retainBody: false }),
  schema: industrySchema(context),
});

// Sixty-minute team-meeting plans; Markdown only, like industry pages.
const trainings = defineCollection({
  loader: leanGlob({ pattern: '**/[^_]*.md', base: './content/trainings', retainBody: false }),
  schema: trainingSchema(context),
});

// The prose of each /tools/<id>/ page; the tool itself is in src/calculators/<id>/.
const tools = defineCollection({
  loader: glob({ pattern: '[^_]*.md', base: './content/tools' }),
  schema: toolPageSchema,
});

export const collections = { kpis, guides, industries, trainings, tools };
