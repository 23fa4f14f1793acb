/**
 * A throwaway copy of the project to build the synthetic library in: the project's own
 * code and config, the real KPI registry, node_modules linked rather than copied.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { RegistryKpi } from './library.ts';

/** Never copied: content is generated, the rest is output, caches or unrelated to a build. */
const skipped = new Set([
  '.git',
  'node_modules',
  'dist',
  '.astro',
  '.cache',
  'content',
  'test',
  'test-results',
  'coverage',
  'bench',
]);

/**
 * The environment every build of a generated library runs with: no telemetry (no network
 * here), and no in-build content lint, which refuses the generator's placeholder sources
 * and unrelated random figures by design (src/integrations/content-lint.ts).
 */
export const syntheticBuildEnv = { ASTRO_TELEMETRY_DISABLED: '1', PULSE_SKIP_CONTENT_LINT: '1' } as const;

/** A temporary directory holding the project (or, for a yardstick, nothing but node_modules). */
export function createWorkspace(projectRoot: string, label: string, yardstick = false): string {
  const dir = mkdtempSync(join(tmpdir(), `pulse-bench-${label}-`));
  linkModules(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  if (yardstick) return dir;
  for (const entry of readdirSync(projectRoot)) {
    if (skipped.has(entry)) continue;
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  cpSync(join(projectRoot, 'content', 'kpis'), join(dir, 'content', 'kpis'), { recursive: true });
  // Each registered tool's page prose: the build stops without it.
  const toolPages = join(projectRoot, 'content', 'tools');
  if (existsSync(toolPages)) cpSync(toolPages, join(dir, 'content', 'tools'), { recursive: true });
  return dir;
}

/**
 * node_modules as a folder of links to the project's packages, not one link to the folder,
 * so the build's own caches (Vite writes node_modules/.vite) stay in the workspace: every
 * run starts cold, and runs never share or dirty the project's caches.
 */
function linkModules(from: string, to: string): void {
  mkdirSync(to);
  for (const entry of readdirSync(from)) {
    if (entry.startsWith('.vite') || entry === '.astro') continue;
    symlinkSync(join(from, entry), join(to, entry), 'dir');
  }
}

/** Points the workspace's diagram cache (the mermaid integration's default folder) at `dir`. */
export function linkDiagramCache(workspace: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(workspace, '.cache'), { recursive: true });
  symlinkSync(dir, join(workspace, '.cache', 'diagrams'), 'dir');
}

export function removeWorkspace(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The KPI registry as the generator needs it: id, name and unit. */
export function readRegistry(projectRoot: string): RegistryKpi[] {
  const dir = join(projectRoot, 'content', 'kpis');
  return readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => {
      const data = parse(readFileSync(join(dir, file), 'utf8')) as { name: string; unit: string };
      return { id: basename(file).replace(/\.ya?ml$/, ''), name: data.name, unit: data.unit };
    });
}

/**
 * Tool ids the schemas accept: the page files in content/tools/, which the build keeps
 * equal to the calculator registry. None while the `tools` field has not landed: then
 * the generator writes no `tools:` lists.
 */
export function readToolIds(projectRoot: string): string[] {
  const schema = join(projectRoot, 'src', 'schemas', 'industry.ts');
  const pages = join(projectRoot, 'content', 'tools');
  if (!existsSync(pages) || !/\btools\b/.test(readFileSync(schema, 'utf8'))) return [];
  return readdirSync(pages)
    .filter((file) => file.endsWith('.md') && !file.startsWith('_'))
    .map((file) => file.replace(/\.md$/, ''))
    .sort();
}
