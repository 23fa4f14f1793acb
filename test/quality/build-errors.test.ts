/**
 * What the content loaders print for an editor's mistake, on a scratch copy of the project:
 * the lint's sentence at the file's line (src/lib/content-loader.ts), not Astro's
 * `**quickAnswer**: Required` at `file:0:0` with a stack trace. `astro build` runs the lint
 * first (src/integrations/content-lint.ts); `astro sync` and `astro dev` load the content
 * without it, so this runs `astro sync`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'pulse-build-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The project without its build output; the diagram cache comes along, so no browser starts.
cpSync(root, scratch, {
  recursive: true,
  filter: (path) => !/^(node_modules|dist|\.git|\.astro)(\/|$)/.test(relative(root, path)),
});
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));

const guide = readFileSync(join(root, 'content/guides/cac-payback-period.mdx'), 'utf8').replace(
  /^title: .*$/m,
  'title: "How long until a new customer pays back what it cost to win?"',
);

/** Loads the scratch project's content with one broken guide added; returns what Astro printed. */
function buildWith(text: string): { status: number | null; output: string } {
  const file = join(scratch, 'content/guides/broken.mdx');
  writeFileSync(file, text);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|TEST|VITEST.*|__VITEST.*)$/.test(key)),
  );
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
    cwd: scratch,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  rmSync(file);
  // eslint-disable-next-line no-control-regex
  return { status: run.status, output: `${run.stdout}${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

describe('the content loaders report an editor’s mistake as the lint does', () => {
  it('names a missing field and a field with no value, with their lines and fixes, and prints no stack', () => {
    const text = guide.replace(/^quickAnswer: >-\n(?: {2}.*\n)+/m, '').replace(/^description: .*$/m, 'description:');
    const { status, output } = buildWith(text);
    expect(status).not.toBe(0);
    expect(output).toContain(
      [
        "content/guides/broken.mdx has mistakes the build cannot publish. Fix them and build again (npm run lint lists every file's):",
        '- content/guides/broken.mdx:2  quickAnswer  error: quickAnswer is missing: add it (Two or three sentences that answer the title on their own). [schema]',
        '- content/guides/broken.mdx:3  description  error: description has no value: write text after the colon (One sentence for search results and link previews, 50–160 characters). [schema]',
      ].join('\n'),
    );
    expect(output).not.toMatch(/Stack trace|:0:0|\*\*quickAnswer\*\*/);
  }, 180_000);

  it('puts an unclosed quote on its own line, where js-yaml points at the end of the frontmatter', () => {
    const { status, output } = buildWith(guide.replace(/^(description: ".*)"$/m, '$1'));
    expect(status).not.toBe(0);
    expect(output).toContain(
      '- content/guides/broken.mdx:3  (frontmatter)  error: YAML does not parse: the " that opens this value is never closed: add the closing " at the end of the value. [schema]',
    );
    expect(output).not.toMatch(/Stack trace|js-yaml/);
  }, 180_000);
});
