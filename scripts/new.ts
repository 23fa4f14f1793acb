/**
 * `npm run new -- industry "Pest Control"`, `npm run new -- guide "How much does …?"` or
 * `npm run new -- training "The Pipeline Hygiene Reboot — 60-Min Training"`: writes a draft
 * skeleton, checked against the collection schema before it is written, and never over an
 * existing page (nor, for a training, beside a guide with the same id).
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
  slugifyTraining,
  writeNewPage,
  type RegistryKpi,
} from '../src/lib/scaffold';
import { renderTrainingSkeleton } from '../src/lib/scaffold-training';
import { guideSchema } from '../src/schemas/guide';
import { industrySchema } from '../src/schemas/industry';
import { trainingSchema } from '../src/schemas/training';

const usage =
  'usage: npm run new -- industry "Pest Control" | guide "How much does a fractional CRO cost in Denver?" | training "The Pipeline Hygiene Reboot — 60-Min Training" [--slug id]';

type Kind = 'industry' | 'guide' | 'training';

/** Per kind: its folder, file extension, address, id rule, skeleton and schema. */
const kinds = {
  industry: {
    folder: 'industries',
    ext: 'md',
    route: (id: string) => `/industries/${id}/`,
    slugify: slugifyName,
    render: (title: string, base: SkeletonBase) => renderIndustrySkeleton({ industry: title, ...base }),
    schema: industrySchema,
  },
  guide: {
    folder: 'guides',
    // Markdown builds about three times faster; the mdx lint rule says when a body needs MDX.
    ext: 'md',
    route: (id: string) => `/library/${id}/`,
    slugify: slugifyQuestion,
    render: (title: string, base: SkeletonBase) => renderGuideSkeleton({ title, ...base }),
    schema: guideSchema,
  },
  training: {
    folder: 'trainings',
    ext: 'md',
    route: (id: string) => `/training/${id}/`,
    slugify: slugifyTraining,
    render: (title: string, base: SkeletonBase) => renderTrainingSkeleton({ title, ...base }),
    schema: trainingSchema,
  },
} as const;

interface SkeletonBase {
  today: Date;
  registry: RegistryKpi[];
  tools: readonly string[];
}

const isKind = (value: string | undefined): value is Kind => value !== undefined && Object.hasOwn(kinds, value);

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
  if (!isKind(kind) || !title?.trim() || positionals.length > 2) throw new ScaffoldError(usage);
  const spec = kinds[kind];
  const root = resolve(values.root);
  const registry = readRegistry(root);
  const id = values.slug ?? spec.slugify(title);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    throw new ScaffoldError(`"${id}" is not a usable id: use lower-case words joined by hyphens.`);

  const text = spec.render(title.trim(), { today: new Date(), registry, tools: knownToolIds });
  const file = (folder: string, ext: string) => relative(process.cwd(), join(root, folder, `${id}.${ext}`));
  const path = file(spec.folder, spec.ext);

  // The same schema the build applies: a skeleton that would not build is never written.
  const context = { catalog: loadCatalog(root), reference: referenceStub };
  const result = spec.schema(context).safeParse(parseContentFile(path, kind, id, text).data);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `  ${formatFieldPath(issue.path)}: ${issue.message}`);
    throw new ScaffoldError(`the skeleton would not pass the schema:\n${issues.join('\n')}`);
  }

  // The same id with the other extension is the same page; a training may not take a guide's id.
  const siblings = [
    file(spec.folder, spec.ext === 'md' ? 'mdx' : 'md'),
    ...(kind === 'training' ? [file('guides', 'md'), file('guides', 'mdx')] : []),
  ];
  writeNewPage(path, text, siblings);
  console.log(`Created ${path} (draft: true).`);
  console.log(
    `Preview it with \`npm run dev\` at ${spec.route(id)}; replace every TODO, then \`npm run check\` lists what is left.`,
  );
}

try {
  main();
} catch (error) {
  if (!(error instanceof ScaffoldError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) throw error;
  console.error(`new: ${(error as Error).message}`);
  process.exitCode = 1;
}
