/**
 * Trainings are articles too: the article model gives every article one id for its address,
 * its Markdown twin and `related` lists. A training named like a guide would make that id
 * mean two pages, so the pair is reported with both files named.
 */
import type { LintDocument } from './document';
import type { Problem } from './problem';
import { severityFor } from './severity';

export function checkIdClashes(docs: readonly LintDocument[]): Problem[] {
  const guides = new Map(docs.filter((doc) => doc.kind === 'guide').map((doc) => [doc.id, doc]));
  return docs.flatMap((doc): Problem[] => {
    const guide = doc.kind === 'training' ? guides.get(doc.id) : undefined;
    if (!guide) return [];
    return [
      {
        file: doc.file,
        line: 1,
        field: '(file)',
        severity: severityFor(doc, 'error'),
        rule: 'ids',
        message: `${doc.file} has the same id as ${guide.file} ("${doc.id}"): rename the training's file so each article keeps its own id.`,
      },
    ];
  });
}
