/**
 * Sections every page of a kind must have. The schema makes the answer box and the
 * KPI list mandatory; these are the parts it leaves optional for drafting, and
 * without which a page is not finished.
 */
import type { DocumentKind, LintDocument } from './document';
import type { Problem } from './problem';
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
  training: [
    { field: 'objectives', min: 2, hint: 'two to five objectives, each an outcome the facilitator can check' },
    { field: 'agenda', min: 1, hint: 'the timed agenda segments, adding up to the meeting length' },
    { field: 'exercises', min: 1, hint: 'at least one exercise or role-play with its prompt and debrief' },
    { field: 'followUp', min: 1, hint: 'a followUp naming the KPI to watch after the meeting and when' },
  ],
};

/** Items in a list field; a field holding one object (a training's followUp) counts as one. */
const countItems = (value: unknown) =>
  Array.isArray(value) ? value.length : value && typeof value === 'object' ? 1 : 0;

export function checkSections(docs: readonly LintDocument[]): Problem[] {
  return docs.flatMap((doc) => {
    if (doc.kind === 'kpi' || doc.kind === 'tool' || !doc.data) return [];
    const data = doc.data;
    return requiredSections[doc.kind].flatMap((section) => {
      const count =
        section.field === 'body'
          ? doc.facts.headings.filter((heading) => heading.depth === 2).length
          : countItems(data[section.field]);
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
