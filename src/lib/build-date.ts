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
