/**
 * Ids that point into the registry, the calculators or other pages. The schema
 * rejects them too, but stops a build at the first one; the lint lists every one,
 * with the closest existing id as a hint.
 */
import { findDraftRelated } from '../related/drafts';
import { describeSuggestion } from '../suggest';
import type { LintDocument } from './document';
import { formatFieldPath } from '../../schemas/field-path';
import type { Problem } from './problem';
import { listOf, recordOf, textOf } from './raw';
import { isDraft } from './severity';

export interface KnownIds {
  kpis: readonly string[];
  guides: readonly string[];
  industries: readonly string[];
  tools: readonly string[];
}

interface IdField {
  path: (string | number)[];
  value: string;
}

function kpiFields(doc: LintDocument): IdField[] {
  const kpis = listOf(doc.data?.['kpis']);
  const listed = kpis.flatMap((item, index) => {
    const path = doc.kind === 'industry' ? ['kpis', index, 'kpi'] : ['kpis', index];
    const value = textOf(doc.kind === 'industry' ? recordOf(item)['kpi'] : item);
    return value ? [{ path, value: value.trim() }] : [];
  });
  // A training also names the KPI its follow-up watches.
  const watched = doc.kind === 'training' ? textOf(recordOf(doc.data?.['followUp'])['kpi']) : undefined;
  return watched ? [...listed, { path: ['followUp', 'kpi'], value: watched.trim() }] : listed;
}

function listField(doc: LintDocument, field: string): IdField[] {
  return listOf(doc.data?.[field]).flatMap((item, index) => {
    const value = textOf(item);
    return value ? [{ path: [field, index], value: value.trim() }] : [];
  });
}

export function checkIds(docs: readonly LintDocument[], known: KnownIds): Problem[] {
  return docs
    .filter((doc) => doc.kind !== 'kpi')
    .flatMap((doc) => {
      const problem = (field: IdField, message: string): Problem => ({
        file: doc.file,
        line: doc.lineOf(field.path),
        field: formatFieldPath(field.path),
        severity: 'error',
        rule: 'ids',
        message,
      });
      const kpis = kpiFields(doc)
        .filter((field) => !known.kpis.includes(field.value))
        .map((field) =>
          problem(
            field,
            `unknown KPI "${field.value}": use the file name of an entry in content/kpis/.${describeSuggestion(field.value, known.kpis)}`,
          ),
        );
      const tools = listField(doc, 'tools')
        .filter((field) => !known.tools.includes(field.value))
        .map((field) =>
          problem(
            field,
            `unknown tool "${field.value}": use the id of a calculator under /tools/.${describeSuggestion(field.value, known.tools)}`,
          ),
        );
      const related = listField(doc, 'related').flatMap((field) => {
        const [collection, id, ...rest] = field.value.split('/');
        // A malformed entry ("guide/x", "x") is the schema rule's to report.
        if ((collection !== 'guides' && collection !== 'industries') || !id || rest.length) return [];
        const ids = known[collection];
        if (ids.includes(id)) return [];
        return [
          problem(
            field,
            // The schema's own sentence (src/schemas/context.ts), so the check and the build agree.
            `related entry "${field.value}" does not exist: no file content/${collection}/${id}.md or .mdx.${describeSuggestion(id, ids)}`,
          ),
        ];
      });
      return [...kpis, ...tools, ...related];
    });
}

const folderOf: Partial<Record<LintDocument['kind'], string>> = {
  guide: 'guides',
  industry: 'industries',
  training: 'trainings',
};

/** A published page's `related` entry that names a draft (src/lib/related/drafts.ts). */
export function checkDraftRelated(docs: readonly LintDocument[]): Problem[] {
  const pages = docs.flatMap((doc) => {
    const folder = folderOf[doc.kind];
    if (!folder) return [];
    const related = listOf(doc.data?.['related']).map((item) => textOf(item)?.trim() ?? '');
    return [{ key: `${folder}/${doc.id}`, file: doc.file, draft: isDraft(doc), related, doc }];
  });
  const byFile = new Map(pages.map((page) => [page.file, page.doc]));
  return findDraftRelated(pages).map((found) => ({
    file: found.file,
    line: byFile.get(found.file)!.lineOf(['related', found.index]),
    field: `related[${found.index}]`,
    severity: 'error',
    rule: 'ids',
    message: found.message,
  }));
}
