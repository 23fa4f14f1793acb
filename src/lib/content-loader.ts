/**
 * The build's content errors in the lint's words. Left to itself, Astro reports a schema
 * mistake as `**faq.2.answer**: **faq.2.answer**: Required` at `file:0:0` with a stack trace,
 * and a YAML mistake where js-yaml gave up (often the end of the frontmatter). Wrapped in
 * `withEditorErrors`, a loader reports both as `npm run lint` does: the file, the line, the
 * field as the editor wrote it, and the fix, worded by src/lib/schema-issues.ts. It also
 * refuses a published page whose body still says TODO, which no schema can see.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { formatFieldPath } from '../schemas/field-path';
import { ContentError } from './content-error';
import { formatProblem, sortProblems, type Problem } from './lint/problem';
import { findUnfinishedBody } from '../schemas/todo';
import { readContentFile } from './markdown/content-file';
import { describeIssue, getIssueLinePath } from './schema-issues';

/** A content file's fields as the lint parses them, with their lines (read once per build). */
const readFields = (path: string) => readContentFile(path).frontmatter;

const toProjectPath = (root: string, path: string) => relative(root, path).split(sep).join('/');

const problem = (file: string, line: number, field: string, message: string): Problem => ({
  file,
  line,
  field,
  message,
  severity: 'error',
  rule: 'schema',
});

const heading = (file: string) =>
  `${file} has mistakes the build cannot publish. Fix them and build again (npm run lint lists every file's):`;

/** The sentences for data the schema refused; undefined if it does not refuse it after all. */
export async function explainSchemaError(
  schema: z.ZodType,
  data: unknown,
  file: string,
  path: string,
): Promise<ContentError | undefined> {
  const result = await schema.safeParseAsync(data, { reportInput: true });
  if (result.success) return undefined;
  const fields = readFields(path);
  const problems = result.error.issues.map((issue) =>
    problem(
      file,
      fields?.lineOf(getIssueLinePath(issue)) ?? 1,
      formatFieldPath(issue.path),
      describeIssue(issue, schema),
    ),
  );
  return new ContentError(heading(file), sortProblems(problems).map(formatProblem));
}

/** A YAML syntax error the loader's parser threw, located by the lint's parser instead. */
export function explainSyntaxError(error: unknown, root: string): ContentError | undefined {
  const at = (error as { loc?: { file?: string } } | null)?.loc?.file;
  if (!at) return undefined;
  const path = resolve(root, at);
  if (!existsSync(path)) return undefined;
  const fields = readFields(path);
  if (!fields?.errors.length) return undefined;
  const file = toProjectPath(root, path);
  return new ContentError(
    heading(file),
    fields.errors.map((found) => formatProblem(problem(file, found.line, '(frontmatter)', found.message))),
  );
}

/** `loader`, reporting its schema and YAML errors as the lint does. */
export function withEditorErrors(loader: Loader, schema: z.ZodType): Loader {
  return {
    ...loader,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      try {
        await loader.load({
          ...context,
          parseData: async <TData extends Record<string, unknown>>(
            entry: Parameters<typeof context.parseData<TData>>[0],
          ) => {
            if (!entry.filePath) return context.parseData(entry);
            const path = resolve(root, entry.filePath);
            const file = toProjectPath(root, path);
            let data: TData;
            try {
              data = await context.parseData(entry);
            } catch (error) {
              throw (await explainSchemaError(schema, entry.data, file, path)) ?? error;
            }
            const unfinished = findUnfinishedBody(data, readContentFile(path).facts);
            if (unfinished) {
              throw new ContentError(heading(file), [
                formatProblem({ ...problem(file, unfinished.line, 'body', unfinished.message), rule: 'todo' }),
              ]);
            }
            return data;
          },
        });
      } catch (error) {
        throw explainSyntaxError(error, root) ?? error;
      }
    },
  };
}
