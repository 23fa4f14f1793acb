/**
 * TODO markers on a published page are an error at each marker; on a draft they
 * are the expected state, so one warning says how many are left.
 */
import type { LintDocument } from './document';
import { formatFieldPath } from '../../schemas/field-path';
import type { Problem } from './problem';
import { isDraft } from './severity';
import { describeTodo, findTodoMarkers } from '../../schemas/todo';

export function checkTodos(docs: readonly LintDocument[]): Problem[] {
  return docs.flatMap((doc): Problem[] => {
    const inFields = findTodoMarkers(doc.data).map((hit) => ({
      line: doc.lineOf(hit.path),
      field: formatFieldPath(hit.path),
    }));
    const inBody = doc.facts.todoLines.map((line) => ({ line, field: 'body' }));
    const hits = [...inFields, ...inBody].sort((a, b) => a.line - b.line);
    const first = hits[0];
    if (!first) return [];
    if (isDraft(doc)) {
      return [
        {
          file: doc.file,
          line: first.line,
          field: first.field,
          severity: 'warning',
          rule: 'todo',
          message: `draft has ${hits.length} TODO marker${hits.length === 1 ? '' : 's'} left; the first is here. It cannot be published until all are gone.`,
        },
      ];
    }
    return hits.map((hit) => ({
      file: doc.file,
      line: hit.line,
      field: hit.field,
      severity: 'error',
      rule: 'todo',
      message: describeTodo(hit.field),
    }));
  });
}
