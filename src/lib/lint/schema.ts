/**
 * Runs the same zod schemas the content collections use, so the lint reports every
 * frontmatter mistake in every file at once (a build stops at the first failing
 * entry). Ids are checked by the `ids` rule instead, with hints, so here every id
 * is accepted and each problem is reported once.
 */
import { z } from 'astro/zod';
import { createCatalog } from '../catalog';
import type { CollectionName, KpiFacts, SchemaContext } from '../../schemas/context';
import { guideSchema, type GuideData } from '../../schemas/guide';
import { industrySchema, type IndustryData } from '../../schemas/industry';
import { kpiSchema, type KpiData } from '../../schemas/kpi';
import { trainingSchema, type TrainingData } from '../../schemas/training';
import { toolPageSchema, type ToolPageData } from '../../schemas/tool-page';
import { units, type Unit } from '../../schemas/units';
import { describeIssue, getIssueLinePath } from '../schema-issues';
import type { LintDocument } from './document';
import { formatFieldPath } from '../../schemas/field-path';
import type { Problem } from './problem';
import { textOf } from './raw';
import { todoIssueParams } from '../../schemas/todo';

export type ParsedEntry =
  | { kind: 'guide'; data: GuideData }
  | { kind: 'industry'; data: IndustryData }
  | { kind: 'training'; data: TrainingData }
  | { kind: 'kpi'; data: KpiData }
  | { kind: 'tool'; data: ToolPageData };

/** Stands in for Astro's `reference()`: the same `{ collection, id }` shape, without the runtime. */
export function referenceStub(collection: CollectionName) {
  return z.string().transform((id) => ({ collection, id }));
}

/** Unit facts of the registry as written, for the schema's unit check. */
export function collectKpiFacts(docs: readonly LintDocument[]): Map<string, KpiFacts> {
  const facts = new Map<string, KpiFacts>();
  for (const doc of docs.filter((d) => d.kind === 'kpi')) {
    const name = textOf(doc.data?.['name']);
    const unit = textOf(doc.data?.['unit']) as Unit | undefined;
    if (name && unit && units.includes(unit)) facts.set(doc.id, { name, unit });
  }
  return facts;
}

function createPermissiveContext(docs: readonly LintDocument[]): SchemaContext {
  const catalog = createCatalog(new Map(), collectKpiFacts(docs));
  return { catalog: { ...catalog, has: () => true }, reference: referenceStub };
}

/** Unknown tool ids: the tools field checks them itself, and the `ids` rule reports them with the others. */
function isToolIdIssue(issue: z.core.$ZodIssue): boolean {
  return issue.path[0] === 'tools' && issue.message.startsWith('unknown tool');
}

function isTodoIssue(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'custom' && (issue.params as { rule?: string } | undefined)?.rule === todoIssueParams.rule;
}

export function parseEntries(docs: readonly LintDocument[]): {
  problems: Problem[];
  entries: Map<LintDocument, ParsedEntry>;
} {
  const context = createPermissiveContext(docs);
  const schemas = {
    guide: guideSchema(context),
    industry: industrySchema(context),
    training: trainingSchema(context),
    kpi: kpiSchema,
    tool: toolPageSchema,
  };
  const problems: Problem[] = [];
  const entries = new Map<LintDocument, ParsedEntry>();
  for (const doc of docs) {
    for (const error of doc.syntaxErrors) {
      problems.push({
        file: doc.file,
        line: error.line,
        field: '(frontmatter)',
        severity: 'error',
        rule: 'schema',
        message: error.message,
      });
    }
    if (!doc.data) continue;
    const schema = schemas[doc.kind];
    // With the input on each issue, so a missing or empty field can be told from a wrong one.
    const result = schema.safeParse(doc.data, { reportInput: true });
    if (result.success) {
      entries.set(doc, { kind: doc.kind, data: result.data } as ParsedEntry);
      continue;
    }
    const issues = result.error.issues.filter((issue) => !isTodoIssue(issue) && !isToolIdIssue(issue));
    if (!issues.length) {
      // Only what other rules report failed (TODO markers, unknown tools): parse without it to still score the page.
      const toolsOk = !result.error.issues.some(isToolIdIssue);
      const retry = schema.safeParse({
        ...doc.data,
        draft: true,
        ...(toolsOk ? {} : { tools: [] }),
      });
      if (retry.success) entries.set(doc, { kind: doc.kind, data: { ...retry.data, draft: false } } as ParsedEntry);
    }
    for (const issue of issues) {
      problems.push({
        file: doc.file,
        line: doc.lineOf(getIssueLinePath(issue)),
        field: formatFieldPath(issue.path),
        severity: 'error',
        rule: 'schema',
        message: describeIssue(issue, schema),
      });
    }
  }
  return { problems, entries };
}
