/** The lint report as text: every problem, one per line, then each page's quality score. */
import { formatProblem } from './problem';
import type { LintReport } from './run';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** `scores: false` leaves out the quality table, for the lint step of `npm run build`. */
export function formatReport(report: LintReport, { scores = true }: { scores?: boolean } = {}): string {
  const lines = report.problems.map(formatProblem);
  if (scores && (report.quality.length || report.unscored.length)) {
    lines.push('', 'Quality (Machine certified N/10; checklist in EDITING.md):');
    for (const { file, result } of report.quality) {
      const missing = result.checks.filter((check) => !check.passed).map((check) => `${check.id} (${check.missing})`);
      lines.push(`${file}  ${result.score}/${result.total}${missing.length ? `  missing: ${missing.join('; ')}` : ''}`);
    }
    for (const file of report.unscored) lines.push(`${file}  not scored: fix its schema errors first`);
  }
  const errors = report.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = report.problems.length - errors;
  if (lines.length > 0) lines.push('');
  lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(report.files, 'file')}.`);
  return lines.join('\n');
}
