/**
 * Peak memory of a build: Astro plus any process it starts (Pagefind's binary, a
 * headless browser for diagrams). Linux only: it reads /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';

function readStatus(pid: number): { ppid: number; rssKb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? -1);
    const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    return { ppid, rssKb };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Summed resident memory of `root` and all its descendants, in bytes. */
export function measureTreeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const status = readStatus(pid);
    if (!status) continue;
    rss.set(pid, status.rssKb);
    children.set(status.ppid, [...(children.get(status.ppid) ?? []), pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total * 1024;
}

/** The kernel's own high-water mark of one process's resident memory, in bytes. */
function readHighWaterMark(pid: number): number {
  try {
    return Number(/^VmHWM:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

export interface PeakRss {
  /** Highest summed RSS of the whole tree seen by sampling. */
  tree: number;
  /** Highest RSS of the root process alone, as the kernel recorded it (no sampling gaps). */
  root: number;
}

/**
 * Samples the tree every `intervalMs` until stopped. `pid` should be the build's own node
 * process; call `sample()` once more just before it exits to catch its final high-water mark.
 */
export function watchPeakRss(pid: number, intervalMs = 200): { sample(): void; stop(): PeakRss } {
  const peak: PeakRss = { tree: 0, root: 0 };
  const sample = () => {
    peak.tree = Math.max(peak.tree, measureTreeRss(pid));
    peak.root = Math.max(peak.root, readHighWaterMark(pid));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    sample,
    stop() {
      clearInterval(timer);
      return { tree: Math.max(peak.tree, peak.root), root: peak.root };
    },
  };
}
