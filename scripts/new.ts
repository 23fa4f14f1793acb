/**
 * `npm run new -- industry "Pest Control"` or `npm run new -- guide "How much does …?"`:
 * writes a draft skeleton, checked against the collection schema before it is
 * written, and never over an existing page.
 * Options: --slug <id> to choose the id, --root <dir> for another content folder.
 */
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../src/lib/catalog';
import { loadCorpus } from '../src/lib/lint/corpus';
import { textOf } from '../src/lib/lint/raw';
import { knownToolIds } from '../src/lib/lint/tool-ids';
import { formatFieldPath } from '../src/schemas/field-path';
import { referenceStub } from '../src/lib/lint/schema';
import { parseContentFile } from '../src/lib/lint/document';
import {
  renderGuideSkeleton,
  renderIndustrySkeleton,
  ScaffoldError,
  slugifyName,
  slugifyQuestion,
  writeNewPage,
  type RegistryKpi,
} from '../src/lib/scaffold';
import { guideSchema } from '../src/schemas/guide';
import { industrySchema } from '../src/schemas/industry';

const usage =
  'usage: npm run new -- industry "Pest Control" | guide "How much does a fractional CRO cost in Denver?" [--slug id]';

function readRegistry(root: string): RegistryKpi[] {
  return loadCorpus(root).flatMap((doc) => {
    const [name, unit, direction, category] = ['name', 'unit', 'direction', 'category'].map((key) =>
      textOf(doc.data?.[key]),
    );
    if (doc.kind !== 'kpi' || !name || !unit || !direction || !category) return [];
    return [{ id: doc.id, name, unit, direction, category } as RegistryKpi];
  });
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { slug: { type: 'string' }, root: { type: 'string', default: 'content' } },
  });
  const [kind, title] = positionals;
  if ((kind !== 'industry' && kind !== 'guide') || !title?.trim() || positionals.length > 2)
    throw new ScaffoldError(usage);
  const root = resolve(values.root);
  const registry = readRegistry(root);
  const today = new Date();
  const id = values.slug ?? (kind === 'industry' ? slugifyName(title) : slugifyQuestion(title));
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    throw new ScaffoldError(`"${id}" is not a usable id: use lower-case words joined by hyphens.`);

  const folder = join(root, kind === 'industry' ? 'industries' : 'guides');
  const text =
    kind === 'industry'
      ? renderIndustrySkeleton({ industry: title.trim(), today, registry, tools: knownToolIds })
      : renderGuideSkeleton({ title: title.trim(), today, registry, tools: knownToolIds });
  const path = relative(process.cwd(), join(folder, `${id}.${kind === 'industry' ? 'md' : 'mdx'}`));

  // The same schema the build applies: a skeleton that would not build is never written.
  const context = { catalog: loadCatalog(root), reference: referenceStub };
  const schema = kind === 'industry' ? industrySchema(context) : guideSchema(context);
  const result = schema.safeParse(parseContentFile(path, kind, id, text).data);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `  ${formatFieldPath(issue.path)}: ${issue.message}`);
    throw new ScaffoldError(`the skeleton would not pass the schema:\n${issues.join('\n')}`);
  }

  writeNewPage(path, text, [path.replace(/\.mdx?$/, (ext) => (ext === '.md' ? '.mdx' : '.md'))]);
  const route = kind === 'industry' ? `/industries/${id}/` : `/library/${id}/`;
  console.log(`Created ${path} (draft: true).`);
  console.log(
    `Preview it with \`npm run dev\` at ${route}; replace every TODO, then \`npm run check\` lists what is left.`,
  );
}

try {
  main();
} catch (error) {
  if (!(error instanceof ScaffoldError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) throw error;
  console.error(`new: ${(error as Error).message}`);
  process.exitCode = 1;
}
