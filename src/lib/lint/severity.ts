import type { LintDocument } from './document';
import type { Severity } from './problem';

/**
 * Drafts are work in progress and never reach production, so what would block
 * publishing is reported on them as a warning: visible, but not failing the check.
 */
export function isDraft(doc: LintDocument): boolean {
  return doc.data?.['draft'] === true;
}

export function severityFor(doc: LintDocument, severity: Severity): Severity {
  return isDraft(doc) ? 'warning' : severity;
}
