import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from './lib/catalog';
import { withFieldsAsWritten, withoutMovedFiles, withoutRawFrontmatter, type EntryType } from './lib/lean-glob';
import { readContentFile, readFields } from './lib/markdown/content-file';
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

/**
 * The glob loader, validating each file's fields as src/lib/markdown/content-file.ts reads
 * them (js-yaml's core schema, held to the lint's reading by a test): Astro's own parse
 * rolls an impossible date such as 2026-02-30 over to 2 March before the schema can see it.
 * Its entry types get the fields from that one parse; `parseData` reads them itself only
 * for data that came another way (an Astro that stops passing its entry types to loaders).
 */
function globAsWritten(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    ...loader,
    load: (context) => {
      const asWritten = new WeakSet<object>();
      // Not in LoaderContext's public type, though Astro passes it and the glob loader reads it.
      const { entryTypes } = context as typeof context & { entryTypes?: ReadonlyMap<string, EntryType> };
      return loader.load({
        ...context,
        ...(entryTypes ? { entryTypes: withFieldsAsWritten(entryTypes, (data) => asWritten.add(data)) } : {}),
        // Astro's raw copy of each Markdown file's frontmatter is dead weight, and its cache
        // would keep a renamed file's old path (src/lib/lean-glob.ts).
        store: withoutMovedFiles(withoutRawFrontmatter(context.store), projectRoot),
        parseData: (entry) => {
          if (asWritten.has(entry.data) || !entry.filePath) return context.parseData(entry);
          const fields = readFields(readContentFile(entry.filePath));
          return context.parseData({ ...entry, data: (fields ?? entry.data) as typeof entry.data });
        },
      });
    },
  };
}

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
