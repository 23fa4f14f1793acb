/**
 * TODO markers: what the scaffolder leaves in every field an editor still has to
 * write. A page carrying one must not be published; this is the one definition the
 * schemas, the page build, the lint and the quality score share. It lives with the
 * schemas because they enforce it first, and schemas import nothing from src/lib.
 */
import type { z } from 'astro/zod';
import { formatFieldPath } from './field-path';
import { collectStrings } from './strings';

/** Upper-case and whole-word, so prose such as "a to-do list" is not a marker. */
const marker = /\bTODO\b/;

export function hasTodoMarker(text: string): boolean {
  return marker.test(text);
}

export interface TodoHit {
  path: (string | number)[];
  text: string;
}

/** Every string inside `value` (frontmatter data) that carries a TODO marker, with its path. */
export function findTodoMarkers(value: unknown): TodoHit[] {
  return collectStrings(value).filter((hit) => hasTodoMarker(hit.text));
}

/** Marks issues raised here, so the lint, which reports TODOs itself with line numbers, can skip them. */
export const todoIssueParams = { rule: 'todo' } as const;

/** What an editor reads for a TODO left in `field` of a published page: the schema, the lint and the build alike. */
export const describeTodo = (field: string): string =>
  `${field} still says TODO: write it, or keep draft: true until the page is finished.`;

/**
 * Schema refinement: a page with `draft: false` may not carry a TODO marker in its
 * frontmatter. (The body is not visible to a frontmatter schema; the lint and the
 * Markdown export check it.)
 */
export function checkNoTodoWhenPublished(
  data: { draft: boolean },
  ctx: z.RefinementCtx,
  /** Maps a path in the parsed data back to where the editor wrote the field, when a transform moved it. */
  toWrittenPath: (path: (string | number)[]) => (string | number)[] = (path) => path,
): void {
  if (data.draft) return;
  for (const found of findTodoMarkers(data)) {
    const path = toWrittenPath(found.path);
    const field = formatFieldPath(path);
    ctx.addIssue({
      code: 'custom',
      path,
      params: todoIssueParams,
      message: describeTodo(field),
    });
  }
}

/**
 * The body is out of the schema's sight. The content loader (src/lib/content-loader.ts)
 * checks it as each file loads, and every published article page again as it is built: a
 * TODO left in the prose stops the build instead of going live.
 */
export function findUnfinishedBody(
  entry: { draft?: boolean | undefined },
  body: { todoLines: readonly number[] },
): { line: number; message: string } | undefined {
  const [line] = body.todoLines;
  if (entry.draft || line === undefined) return undefined;
  return { line, message: describeTodo('body') };
}

export function assertBodyFinished(
  entry: { draft: boolean },
  body: { todoLines: readonly number[] },
  file: string,
): void {
  const unfinished = findUnfinishedBody(entry, body);
  if (unfinished) throw new Error(`${file}:${unfinished.line}: ${unfinished.message}`);
}
