/**
 * Files that would share an id (src/lib/entry-ids.ts: same-named files, a `slug:` field),
 * the same check the content config stops the build with.
 *
 * Trainings are articles too: the article model gives every article one id for its address,
 * its Markdown twin and `related` lists. A training named like a guide would make that id
 * mean two pages, so the pair is reported with both files named.
 */
import { findIdClashes } from '../entry-ids';
import type { LintDocument } from './document';
import type { Problem } from './problem';
import { severityFor } from './severity';

const folderOf = { guide: 'guides', industry: 'industries', training: 'trainings', kpi: 'kpis', tool: 'tools' };

export function checkIdClashes(docs: readonly LintDocument[]): Problem[] {
  const files = findIdClashes(
    docs.map((doc) => ({
      collection: folderOf[doc.kind],
      file: doc.file,
      id: doc.id,
      ...(doc.data?.['slug'] === undefined ? {} : { slug: doc.data['slug'], slugLine: doc.lineOf(['slug']) }),
    })),
  ).map((clash): Problem => ({
    ...clash,
    // A draft's clash is still an error: the loader replaces entries whether or not they are drafts.
    severity: 'error',
    rule: 'ids',
  }));
  const guides = new Map(docs.filter((doc) => doc.kind === 'guide').map((doc) => [doc.id, doc]));
  const articles = docs.flatMap((doc): Problem[] => {
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
  return [...files, ...articles];
}
