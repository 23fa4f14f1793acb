/**
 * Stale figures: a benchmark nobody has re-checked for a year, or a source last
 * opened long ago, may no longer say what the page claims it says.
 */
import { formatFieldPath } from '../../schemas/field-path';
import type { LintConfig } from './config';
import type { LintDocument } from './document';
import type { Problem } from './problem';
import { dateOf, listOf, recordOf } from './raw';

/** Whole calendar months from `from` to `to` (negative when `from` is later). */
export function countMonthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  return to.getUTCDate() < from.getUTCDate() ? months - 1 : months;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function checkFreshness(docs: readonly LintDocument[], config: LintConfig, today: Date): Problem[] {
  return docs
    .filter((doc) => doc.kind !== 'kpi' && doc.data)
    .flatMap((doc) => {
      const data = recordOf(doc.data);
      const problems: Problem[] = [];
      const warn = (path: (string | number)[], field: string, message: string) =>
        problems.push({
          file: doc.file,
          line: doc.lineOf(path),
          field,
          severity: 'warning',
          rule: 'freshness',
          message,
        });

      listOf(data['sources']).forEach((source, index) => {
        const accessed = dateOf(recordOf(source)['accessed']);
        if (!accessed) return;
        const age = countMonthsBetween(accessed, today);
        if (age > config.maxSourceAgeMonths) {
          warn(
            ['sources', index, 'accessed'],
            formatFieldPath(['sources', index, 'accessed']),
            `source last checked ${day(accessed)}, ${age} months ago (limit ${config.maxSourceAgeMonths}): ` +
              'open it again, confirm it still says what the page cites, and update accessed.',
          );
        }
      });

      if (doc.kind === 'industry' && listOf(data['kpis']).length) {
        const field = dateOf(data['updated']) ? 'updated' : 'published';
        const reviewed = dateOf(data[field]);
        const age = reviewed ? countMonthsBetween(reviewed, today) : 0;
        if (reviewed && age > config.maxBenchmarkAgeMonths) {
          warn(
            [field],
            field,
            `benchmarks last reviewed ${day(reviewed)}, ${age} months ago (limit ${config.maxBenchmarkAgeMonths}): ` +
              're-check each benchmark against current sources, then set updated to today.',
          );
        }
      }
      return problems;
    });
}
