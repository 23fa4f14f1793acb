/** Builds the collection schemas exactly as src/content.config.ts does, over fixture content. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { loadCatalog } from '~/lib/catalog';
import type { SchemaContext } from '~/schemas/context';

export const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Stands in for astro:content's `reference()`, which only reshapes the id. */
const reference: SchemaContext['reference'] = (collection) => z.string().transform((id) => ({ collection, id }));

export const context: SchemaContext = { catalog: loadCatalog(`${fixtures}content/`), reference };

/** The frontmatter of a Markdown file, or the whole of a YAML file. */
export function readData(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  if (/\.ya?ml$/.test(path)) return parse(text);
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${path} has no frontmatter`);
  return parse(match[1]!);
}

/** Each issue as Astro prints it: "path: message". */
export function describeIssues(result: { success: boolean; error?: z.ZodError }): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
