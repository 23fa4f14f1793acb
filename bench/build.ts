/** Runs the project's build steps (and Pagefind when the build does not) in a workspace, timed and watched. */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { watchTree, type TreeUsage } from './process-tree.ts';
import { syntheticBuildEnv } from './workspace.ts';

export interface StepResult {
  seconds: number;
  usage: TreeUsage;
}

/** Runs one command to completion; its output goes to `logFile`, and a failure throws with the log's path. */
export function runStep(
  command: string,
  args: readonly string[],
  cwd: string,
  logFile: string,
  nodeOptions = '',
): Promise<StepResult> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile, { flags: 'a' });
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: {
        ...process.env,
        // The workspace's own tools first, and this Node: what `npm run build` would see.
        PATH: [join(cwd, 'node_modules', '.bin'), dirname(process.execPath), process.env.PATH].join(delimiter),
        ...syntheticBuildEnv,
        NODE_OPTIONS: nodeOptions,
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid === undefined) {
      reject(new Error(`could not start ${command}`));
      return;
    }
    const watcher = watchTree(child.pid);
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      const usage = watcher.stop();
      log.end();
      if (code === 0) resolve({ seconds, usage });
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}); see ${logFile}`));
    });
  });
}

export interface BuildResult {
  astro: StepResult;
  /** The search-index step: the project's own second build step, or the bench's Pagefind run. */
  pagefind: StepResult | null;
  /** "project" when the project's build script indexes, "bench" when the bench had to. */
  pagefindRunBy: 'project' | 'bench' | null;
}

/**
 * The command `npm run build` runs, read from the workspace's package.json, so flags the
 * project gives its build (a heap limit, say) are measured too.
 */
function readBuildScript(workspace: string): string {
  const scripts = (
    JSON.parse(readFileSync(join(workspace, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }
  ).scripts;
  return scripts?.build ?? 'astro build';
}

/**
 * A build script split into the Astro build and what follows it (`astro build && node
 * scripts/search-index.ts`), so each step is timed and its process tree watched on its own.
 * Steps before `astro build` (an older checkout's content lint) are returned apart and not
 * run by the bench: the synthetic library is generated, not edited, and cites placeholder
 * sources the lint refuses by design; a checkout that lints inside `astro build` is told to
 * skip it (runStep). The lint's own cost is measured on the real library (README).
 */
export function splitBuildScript(script: string): { before: string | null; astro: string; after: string | null } {
  const parts = script.split('&&').map((part) => part.trim());
  const at = Math.max(
    0,
    parts.findIndex((part) => /\bastro build\b/.test(part)),
  );
  const join = (steps: string[]) => (steps.length > 0 ? steps.join(' && ') : null);
  return { before: join(parts.slice(0, at)), astro: parts[at] ?? '', after: join(parts.slice(at + 1)) };
}

/**
 * Builds the workspace: the Astro step, then the project's search-index step. If the
 * project's build leaves no `dist/pagefind/`, the bench runs Pagefind itself, so the
 * figures always include a search index.
 */
export async function buildSite(
  workspace: string,
  options: { cpuProfileDir?: string | undefined; nodeOptions?: string | undefined; withPagefind: boolean },
): Promise<BuildResult> {
  const logFile = join(workspace, 'build.log');
  const profile = options.cpuProfileDir ? `--cpu-prof --cpu-prof-dir=${options.cpuProfileDir}` : '';
  const nodeFlags = [options.nodeOptions ?? '', profile].join(' ').trim();
  const steps = splitBuildScript(readBuildScript(workspace));
  const astro = await runStep('/bin/sh', ['-c', steps.astro], workspace, logFile, nodeFlags);
  if (steps.after) {
    const after = await runStep('/bin/sh', ['-c', steps.after], workspace, logFile, options.nodeOptions);
    const indexed = existsSync(join(workspace, 'dist', 'pagefind'));
    return { astro, pagefind: after, pagefindRunBy: indexed ? 'project' : null };
  }
  if (!options.withPagefind || existsSync(join(workspace, 'dist', 'pagefind'))) {
    return { astro, pagefind: null, pagefindRunBy: options.withPagefind ? 'project' : null };
  }
  const pagefindBin = join(workspace, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const pagefind = await runStep(process.execPath, [pagefindBin, '--site', 'dist'], workspace, logFile);
  return { astro, pagefind, pagefindRunBy: 'bench' };
}
