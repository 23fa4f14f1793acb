/**
 * The build itself refuses an editor's mistake that used to publish a wrong site, with the
 * lint's sentence and no stack trace. Each case builds a scratch copy of the project (its
 * node_modules linked, its diagram cache copied so no browser starts); every build stops
 * before rendering a page, so the three together take well under a minute.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'pulse-refuses-'));
for (const entry of [
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'src',
  'content',
  'public',
  'scripts',
  '.cache',
]) {
  if (existsSync(join(root, entry))) cpSync(join(root, entry), join(scratch, entry), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const guide = 'content/guides/cac-payback-period.mdx';
const read = (path: string) => readFileSync(join(scratch, path), 'utf8');
const write = (path: string, text: string) => writeFileSync(join(scratch, path), text);

/** Vitest's own environment (NODE_ENV=test) would build in development mode. */
const env = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|TEST|VITEST.*|__VITEST.*)$/.test(key)),
  ),
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
};

function build(command: string, args: string[]) {
  const run = spawnSync(command, args, { cwd: scratch, env, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
const astroBuild = () => build(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);

describe('the build refuses', () => {
  it('a .md next to a .mdx of the same name, naming both, before any loader runs', { timeout: 300_000 }, () => {
    const original = read(guide);
    write('content/guides/cac-payback-period.md', original);
    const { status, output } = astroBuild();
    rmSync(join(scratch, 'content/guides/cac-payback-period.md'));
    expect(status).toBe(1);
    expect(output).toContain(
      '- content/guides/cac-payback-period.mdx:1 content/guides/cac-payback-period.md and content/guides/cac-payback-period.mdx both give the id "cac-payback-period", so the build would keep only one of them: rename or remove one.',
    );
    expect(output).not.toContain('Stack trace');
  });

  it('an impossible date, which Astro’s YAML parser would roll over to March', { timeout: 300_000 }, () => {
    const original = read(guide);
    write(guide, original.replace(/^published: .*$/m, 'published: 2026-02-30'));
    const { status, output } = astroBuild();
    write(guide, original);
    expect(status).toBe(1);
    expect(output).toContain(
      'content/guides/cac-payback-period.mdx:10  published  error: published must be a real day written YYYY-MM-DD, such as 2026-03-14: "2026-02-30" is not one.',
    );
  });

  it('a broken internal link: `npm run build` runs the lint first and stops there', { timeout: 300_000 }, () => {
    const original = read(guide);
    write(guide, original.replace('](/kpis/blended-cac/)', '](/kpis/no-such-kpi/)'));
    const { status, output } = build('npm', ['run', 'build']);
    write(guide, original);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guides\/cac-payback-period\.mdx:\d+ {2}body {2}error: .*\/kpis\/no-such-kpi\//);
    // The lint stopped it: Astro never started.
    expect(existsSync(join(scratch, 'dist'))).toBe(false);
  });

  it(
    'tool prose for no registered tool, naming the file and the fix, with no stack trace',
    { timeout: 300_000 },
    () => {
      write('content/tools/no-such-tool.md', read('content/tools/cac-payback.md'));
      const { status, output } = astroBuild();
      rmSync(join(scratch, 'content/tools/no-such-tool.md'));
      expect(status).toBe(1);
      expect(output).toContain('The registered tools and content/tools/ disagree:');
      expect(output).toContain('- content/tools/no-such-tool.md describes no registered tool: rename it to one of ');
      expect(output).not.toMatch(/^\s+at /m);
    },
  );

  it(
    'a published page whose body still says TODO, at its line, in the lint and in the loader alike',
    { timeout: 300_000 },
    () => {
      const original = read(guide);
      const lines = original.split('\n');
      const at = lines.findIndex((line) => line.startsWith('## ')) + 1;
      write(guide, [...lines.slice(0, at), '', 'TODO: explain this.', ...lines.slice(at)].join('\n'));
      // `astro build` stops at its lint step; `astro sync` (what `astro dev` runs) has no lint
      // step, so the content loader itself refuses the page.
      const built = astroBuild();
      const synced = build(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync']);
      write(guide, original);
      const sentence = `${guide}:${at + 2}  body  error: body still says TODO: write it, or keep draft: true until the page is finished. [todo]`;
      for (const { status, output } of [built, synced]) {
        expect(status).toBe(1);
        expect(output).toContain(`- ${sentence}`);
        expect(output).not.toMatch(/^\s+at /m);
      }
      expect(built.output).toContain('[pulse-content-lint]');
      expect(synced.output).not.toContain('[pulse-content-lint]');
    },
  );
});
