/**
 * The date a build treats as "now", so that two builds of one commit produce the same
 * pages (the quality badge's freshness check depends on it). Order: SOURCE_DATE_EPOCH,
 * the reproducible-builds convention; then the commit's own date; then the clock, for a
 * checkout without git history.
 */
import { execFileSync } from 'node:child_process';

type ReadCommitTime = () => string;

const readGitCommitTime: ReadCommitTime = () =>
  execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

function fromEpochSeconds(value: string | undefined): Date | undefined {
  if (!value || !/^\d+$/.test(value.trim())) return undefined;
  return new Date(Number(value.trim()) * 1000);
}

export function getBuildDate(
  env: NodeJS.ProcessEnv = process.env,
  readCommitTime: ReadCommitTime = readGitCommitTime,
  clock: () => Date = () => new Date(),
): Date {
  const pinned = fromEpochSeconds(env.SOURCE_DATE_EPOCH);
  if (pinned) return pinned;
  try {
    const committed = fromEpochSeconds(readCommitTime());
    if (committed) return committed;
  } catch {
    // No git, or not a repository: fall through to the clock.
  }
  return clock();
}

/**
 * The "today" a page's dates are measured against, in the lint and in the build alike:
 * the build date above, moved forward to the latest date the page itself carries
 * (published, updated, a source's accessed) when that date has already come by the clock.
 * The build date is the last commit's, so a page written since, dated today by
 * `npm run new`, would otherwise be "in the future" on the built page while the check,
 * run the same day, passes it. A date after the clock is still in the future and still
 * reported. A committed page's dates do not postdate its commit, so a rebuild of a commit
 * gives the same pages whatever the clock says.
 */
export function getPageToday(buildDate: Date, pageDates: readonly (Date | undefined)[], clock: Date): Date {
  return pageDates.reduce<Date>((today, date) => (date && date <= clock && date > today ? date : today), buildDate);
}

/** The dates an article carries that say when someone last worked on it. */
export function listPageDates(data: {
  published?: unknown;
  updated?: unknown;
  sources?: readonly { accessed?: unknown }[] | unknown;
}): Date[] {
  const sources = Array.isArray(data.sources) ? (data.sources as { accessed?: unknown }[]) : [];
  return [data.published, data.updated, ...sources.map((source) => source?.accessed)].flatMap((value) => {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : undefined;
    return date && !Number.isNaN(date.getTime()) ? [date] : [];
  });
}
