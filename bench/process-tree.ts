/**
 * Peak memory and CPU time of a build: Astro plus every process it starts (Pagefind's
 * binary, a headless browser for diagrams). Linux only: it reads /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';

const clockTicks = 100; // USER_HZ: 100 on every Linux this runs on

interface ProcessSample {
  /** The executable's name as the kernel reports it: node, pagefind_ext, chromium… */
  command: string;
  ppid: number;
  rssBytes: number;
  /**
   * utime + stime in seconds: its own, not its reaped children's, which are sampled as
   * processes of their own (counting both would count them twice).
   */
  cpuSeconds: number;
}

function readProcess(pid: number): ProcessSample | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses; fields resume after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const field = (n: number) => Number(fields[n - 3] ?? 0);
    return {
      // Node 24 names its main thread, and so its process, "MainThread".
      command: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/^MainThread$/, 'node'),
      ppid: field(4),
      rssBytes: field(24) * 4096,
      cpuSeconds: (field(14) + field(15)) / clockTicks,
    };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** The process `root` and all its descendants, as they are right now. */
export function readTree(root: number): Map<number, ProcessSample> {
  const all = new Map<number, ProcessSample>();
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const sample = readProcess(Number(name));
    if (!sample) continue;
    all.set(Number(name), sample);
    children.set(sample.ppid, [...(children.get(sample.ppid) ?? []), Number(name)]);
  }
  const tree = new Map<number, ProcessSample>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    const sample = all.get(pid);
    if (sample) tree.set(pid, sample);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** The kernel's own high-water mark of one process's resident memory, in bytes. */
function readHighWaterMark(pid: number): number {
  try {
    return Number(/^VmHWM:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

export interface TreeUsage {
  /** Highest summed RSS of the whole tree seen by sampling. */
  peakRss: number;
  /** Highest RSS of any one process in the tree, as the kernel recorded it (no sampling gaps). */
  peakRssLargest: number;
  /** Highest summed RSS per command name (all chromium processes together, say), in bytes. */
  peakRssByCommand: Record<string, number>;
  /**
   * CPU seconds used by the tree: the last reading of each process seen. Unlike wall time
   * it barely moves when other work shares the machine, so it is the steadier yardstick.
   */
  cpuSeconds: number;
}

/**
 * Samples the tree of `pid` every `intervalMs` until stopped. The summed RSS can miss a
 * spike shorter than the interval; the largest process's kernel high-water mark cannot.
 */
export function watchTree(pid: number, intervalMs = 200): { stop(): TreeUsage } {
  const usage: TreeUsage = { peakRss: 0, peakRssLargest: 0, peakRssByCommand: {}, cpuSeconds: 0 };
  const cpuByPid = new Map<number, number>();
  const sample = () => {
    const tree = readTree(pid);
    let rss = 0;
    const byCommand = new Map<string, number>();
    for (const [member, { command, rssBytes, cpuSeconds }] of tree) {
      rss += rssBytes;
      byCommand.set(command, (byCommand.get(command) ?? 0) + rssBytes);
      cpuByPid.set(member, Math.max(cpuByPid.get(member) ?? 0, cpuSeconds));
      usage.peakRssLargest = Math.max(usage.peakRssLargest, readHighWaterMark(member));
    }
    usage.peakRss = Math.max(usage.peakRss, rss);
    for (const [command, bytes] of byCommand) {
      usage.peakRssByCommand[command] = Math.max(usage.peakRssByCommand[command] ?? 0, bytes);
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const cpuSeconds = [...cpuByPid.values()].reduce((sum, seconds) => sum + seconds, 0);
      return { ...usage, peakRss: Math.max(usage.peakRss, usage.peakRssLargest), cpuSeconds };
    },
  };
}
