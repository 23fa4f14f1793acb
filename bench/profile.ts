/**
 * Summarises V8 CPU profiles written by `npm run bench -- --cpu-prof DIR`: where the build's
 * time goes, by function (self time) and by package or project folder.
 *   node bench/profile.ts DIR [--top 25]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Groups a script URL: a package name under node_modules, or a project folder. */
function groupOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1] ?? url;
  if (url.startsWith('node:')) return 'node:internal';
  const project = /\/(src\/[^/]+|content|dist|\.astro)\//.exec(url);
  return project
    ? (project[1] ?? url)
    : url
        .replace(/^file:\/\//, '')
        .split('/')
        .slice(-2)
        .join('/');
}

function summarise(profile: Profile): { bySelf: Map<string, number>; byGroup: Map<string, number>; total: number } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const bySelf = new Map<string, number>();
  const byGroup = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    const node = nodes.get(id);
    if (!node) return;
    total += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${groupOf(url)}:${lineNumber + 1}`;
    bySelf.set(key, (bySelf.get(key) ?? 0) + micros);
    const group = groupOf(url);
    byGroup.set(group, (byGroup.get(group) ?? 0) + micros);
  });
  return { bySelf, byGroup, total };
}

function printTop(title: string, map: Map<string, number>, total: number, top: number): void {
  process.stdout.write(`\n${title}\n`);
  for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const seconds = (micros / 1e6).toFixed(2).padStart(7);
    const share = ((100 * micros) / total).toFixed(1).padStart(5);
    process.stdout.write(`${seconds} s ${share}%  ${key}\n`);
  }
}

/**
 * Self time of `name` split by the chain of callers above it (`depth` frames), to see
 * which caller is paying: e.g. which part of the build calls devalue's flatten.
 */
function summariseCallers(profile: Profile, name: string, depth: number): Map<string, number> {
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const stacks = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const node = nodes.get(id);
    if (!node || node.callFrame.functionName !== name) return;
    const chain: string[] = [];
    let parent = parents.get(id);
    while (parent !== undefined && chain.length < depth) {
      const frame = nodes.get(parent)?.callFrame;
      const label = frame && `${frame.functionName || '(anonymous)'} ${groupOf(frame.url)}:${frame.lineNumber + 1}`;
      // Recursion (devalue's flatten calls itself) says nothing about who called in.
      if (label && frame.functionName !== name && label !== chain[chain.length - 1]) chain.push(label);
      parent = parents.get(parent);
    }
    const key = chain.join(' < ');
    stacks.set(key, (stacks.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  return stacks;
}

/**
 * Total time of each function, its callees included (a sample counts once per function on
 * its stack, so recursion is not counted twice): where a caller's whole cost is, e.g. how
 * much of the build runs under one of Pulse's own functions. `match` keeps the functions
 * whose group (package or project folder) contains it.
 */
function summariseInclusive(profile: Profile, match: string): Map<string, number> {
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frame = nodes.get(at)?.callFrame;
      if (!frame || !groupOf(frame.url).includes(match)) continue;
      seen.add(`${frame.functionName || '(anonymous)'} ${groupOf(frame.url)}:${frame.lineNumber + 1}`);
    }
    for (const key of seen) totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  return totals;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '25' },
    callers: { type: 'string' },
    depth: { type: 'string', default: '6' },
    inclusive: { type: 'string' },
  },
});
const dir = positionals[0];
if (!dir)
  throw new Error('usage: node bench/profile.ts DIR [--top N] [--callers FUNCTION --depth N] [--inclusive GROUP]');
for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
  const { bySelf, byGroup, total } = summarise(profile);
  process.stdout.write(`\n== ${file}: ${(total / 1e6).toFixed(2)} s sampled\n`);
  if (values.callers) {
    printTop(
      `Callers of ${values.callers}`,
      summariseCallers(profile, values.callers, Number(values.depth)),
      total,
      Number(values.top),
    );
    continue;
  }
  if (values.inclusive !== undefined) {
    const title = `By function in ${values.inclusive}, callees included`;
    printTop(title, summariseInclusive(profile, values.inclusive), total, Number(values.top));
    continue;
  }
  printTop('By package or folder (self time)', byGroup, total, Number(values.top));
  printTop('By function (self time)', bySelf, total, Number(values.top));
}
