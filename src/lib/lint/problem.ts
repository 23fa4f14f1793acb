/** What every lint rule returns: one problem, located well enough to jump to it. */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path as the editor sees it, relative to the project root: `content/guides/x.mdx`. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** Frontmatter field as src/schemas/field-path.ts names it (`kpis[3].benchmark.max`), or `body`. */
  field: string;
  message: string;
  severity: Severity;
  /** Id of the rule that found it, so a reader can look the rule up in EDITING.md. */
  rule: string;
}

/** `file:line  field  severity: message`, the format editors' tools can jump from. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}  ${problem.field}  ${problem.severity}: ${problem.message} [${problem.rule}]`;
}

/** By file, then line, so a report reads top to bottom like the files it describes. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
  );
}
