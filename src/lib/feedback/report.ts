/**
 * What `npm run feedback -- report` prints and writes: per page, yes/no counts and the
 * newest comments; and the views file `npm run feedback -- views` writes for the build.
 */
import { csvFormat } from 'd3-dsv';
import type { PageSummary } from './store';

const percent = (yes: number, no: number) => `${Math.round((100 * yes) / (yes + no))}% yes`;

/** A plain-text report, one block per page, most answered first. */
export function formatReport(pages: readonly PageSummary[]): string {
  if (pages.length === 0) return 'No answers yet.\n';
  const lines: string[] = [];
  for (const { page, yes, no, comments } of pages) {
    lines.push(`${page}  yes ${yes}  no ${no}  (${percent(yes, no)})`);
    for (const { day, helpful, comment } of comments) {
      lines.push(`  ${day} ${helpful ? 'yes' : 'no '}  ${comment.replace(/\s+/g, ' ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The same report as CSV: one row per page, with its newest comment. */
export function formatReportCsv(pages: readonly PageSummary[]): string {
  const rows = pages.map(({ page, yes, no, comments }) => ({
    page,
    yes,
    no,
    latest_comment_day: comments[0]?.day ?? '',
    latest_comment: comments[0]?.comment ?? '',
  }));
  return `${csvFormat(rows, ['page', 'yes', 'no', 'latest_comment_day', 'latest_comment'])}\n`;
}

/** The views file the build reads (PULSE_VIEWS_FILE): CSV for a ".csv" name, JSON otherwise. */
export function formatViewsFile(totals: ReadonlyMap<string, number>, file: string): string {
  if (file.toLowerCase().endsWith('.csv')) {
    return `${csvFormat(
      [...totals].map(([path, count]) => ({ path, count })),
      ['path', 'count'],
    )}\n`;
  }
  return `${JSON.stringify(Object.fromEntries(totals), null, 2)}\n`;
}
