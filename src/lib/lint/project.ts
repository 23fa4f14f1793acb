/**
 * The lint of a whole project (its content/ and public/ folders), as `npm run lint`, `npm
 * run check` and the build's first step run it: one place that says which date, tools and
 * files the rules are given.
 */
import { join } from 'node:path';
import { knownToolIds } from './tool-ids';
import { listPublicFiles, loadCorpus } from './corpus';
import { lintCorpus, type LintReport } from './run';

export interface ProjectLintOptions {
  /** The content folder; `<root>/content` by default. */
  content?: string;
  /** The build date (src/lib/build-date.ts getBuildDate). */
  today: Date;
  /** The wall clock; see LintOptions.clock. */
  clock: Date;
}

/** Lints the project at `root` (absolute); printed paths are relative to it. */
export function lintProject(
  root: string,
  { content = join(root, 'content'), today, clock }: ProjectLintOptions,
): LintReport {
  return lintCorpus(loadCorpus(content, root), {
    today,
    clock,
    tools: knownToolIds,
    assets: listPublicFiles(join(root, 'public')),
  });
}

export const hasErrors = (report: LintReport): boolean =>
  report.problems.some((problem) => problem.severity === 'error');
