/**
 * Sections every page of a kind must have. The schema makes the answer box and the
 * KPI list mandatory; these are the parts it leaves optional for drafting, and
 * without which a page is not finished.
 */
import type { DocumentKind, LintDocument } from './document';
import type { Problem } from './problem';
import { listOf } from './raw';
import { severityFor } from './severity';

export interface RequiredSection {
  /** Frontmatter list field, or `body` for a level-two heading in the body. */
  field: string;
  /** Fewest items the list must hold. */
  min: number;
  /** What to write, for the message. */
  hint: string;
}

export const requiredSections: Record<Exclude<DocumentKind, 'kpi' | 'tool'>, RequiredSection[]> = {
  guide: [
    { field: 'steps', min: 1, hint: 'the ordered steps a reader should take' },
    { field: 'faq', min: 1, hint: 'questions readers ask, each with a direct answer' },
    { field: 'sources', min: 1, hint: 'the published sources behind the figures' },
    { field: 'body', min: 1, hint: 'at least one "## " section in the body explaining the answer' },
  ],
  industry: [
    { field: 'checklist', min: 1, hint: 'the steps to track these KPIs in a CRM' },
    { field: 'faq', min: 1, hint: 'questions readers ask, each with a direct answer' },
  ],
};

const countHeadings = (body: string) =>
  body.replace(/^(`{3,}|~{3,})[\s\S]*?^\1/gm, '').match(/^##\s+\S/gm)?.length ?? 0;

export function checkSections(docs: readonly LintDocument[]): Problem[] {
  return docs.flatMap((doc) => {
    if (doc.kind === 'kpi' || doc.kind === 'tool' || !doc.data) return [];
    const data = doc.data;
    return requiredSections[doc.kind].flatMap((section) => {
      const count = section.field === 'body' ? countHeadings(doc.body) : listOf(data[section.field]).length;
      if (count >= section.min) return [];
      const line = section.field === 'body' ? doc.bodyLine : doc.lineOf([section.field]);
      return [
        {
          file: doc.file,
          line,
          field: section.field,
          severity: severityFor(doc, 'error'),
          rule: 'sections',
          message: `required section missing: add ${section.hint}.`,
        },
      ];
    });
  });
}
