import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from './lib/catalog';
import { asWrittenLoader } from './lib/lean-glob';
import { withEditorErrors } from './lib/content-loader';
import type { SchemaContext } from './schemas/context';
import { guideSchema } from './schemas/guide';
import { industrySchema } from './schemas/industry';
import { kpiSchema } from './schemas/kpi';
import { trainingSchema } from './schemas/training';
import { toolPageSchema } from './schemas/tool-page';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const contentRoot = fileURLToPath(new URL('../content/', import.meta.url));
const context: SchemaContext = {
  catalog: loadCatalog(contentRoot),
  // reference() also accepts numbers and objects; our schemas only ever hand it a checked string id.
  reference: reference as SchemaContext['reference'],
};

// Two files with one id (the loader would keep one), and a registered tool without its page
// prose or prose for no tool, stop the build earlier, in src/integrations/content-ids.ts.

/** The glob loader, corrected as src/lib/lean-glob.ts says (fields read once and as written). */
const globAsWritten = (options: Parameters<typeof glob>[0]) => asWrittenLoader(glob(options), projectRoot);

// Every loader reports its mistakes as the lint does (file:line, the field, the fix), not as
// Astro's `**faq.2.answer**: Required` at `file:0:0` with a stack trace.
const kpis = defineCollection({
  loader: withEditorErrors(globAsWritten({ pattern: '**/[^_]*.{yaml,yml}', base: './content/kpis' }), kpiSchema),
  schema: kpiSchema,
});

/**
 * An article collection: Markdown under content/<folder>/. Bodies stay out of the data
 * store, which the build holds in memory throughout; the few steps that need one read it
 * from the file, once (src/lib/markdown/content-file.ts).
 */
function articleCollection<Schema extends z.ZodType>(folder: string, pattern: string, schema: Schema) {
  return defineCollection({
    loader: withEditorErrors(globAsWritten({ pattern, base: `./content/${folder}`, retainBody: false }), schema),
    schema,
  });
}

const guides = articleCollection('guides', '**/[^_]*.{md,mdx}', guideSchema(context));
const industries = articleCollection('industries', '**/[^_]*.{md,mdx}', industrySchema(context));
// Sixty-minute team-meeting plans; Markdown only, like industry pages.
const trainings = articleCollection('trainings', '**/[^_]*.md', trainingSchema(context));

// The prose of each /tools/<id>/ page; the tool itself is in src/calculators/<id>/.
const tools = defineCollection({
  loader: withEditorErrors(globAsWritten({ pattern: '[^_]*.md', base: './content/tools' }), toolPageSchema),
  schema: toolPageSchema,
});

export const collections = { kpis, guides, industries, trainings, tools };
