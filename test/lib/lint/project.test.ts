import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasErrors, lintProject } from '~/lib/lint/project';

const fixtures = fileURLToPath(new URL('../../fixtures/content/', import.meta.url));
const day = new Date('2026-12-01T00:00:00Z');

/** A scratch project whose content/ is the fixture corpus, with a public/ holding one file. */
function makeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'pulse-lint-project-'));
  cpSync(fixtures, join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'public'));
  writeFileSync(join(root, 'public/favicon.svg'), '<svg/>');
  return root;
}

describe('lintProject', () => {
  it('lints <root>/content with paths printed from the root', () => {
    const report = lintProject(makeProject(), { today: day, clock: day });
    expect(report.files).toBe(7);
    expect(report.problems.length).toBeGreaterThan(0);
    for (const problem of report.problems) expect(problem.file).toMatch(/^content\//);
  });

  it('reports a broken internal link as an error, which hasErrors sees; a file in public/ is no broken link', () => {
    const root = makeProject();
    const before = lintProject(root, { today: day, clock: day });
    const guide = join(root, 'content/guides/sample-guide.mdx');
    const links = '\nSee [the missing page](/kpis/no-such-kpi/) and [the icon](/favicon.svg).\n';
    writeFileSync(guide, `${readFileSync(guide, 'utf8')}${links}`);
    const after = lintProject(root, { today: day, clock: day });
    const added = after.problems.filter((problem) => problem.message.includes('/kpis/no-such-kpi/'));
    expect(added).toHaveLength(1);
    expect(after.problems.filter((problem) => problem.message.includes('/favicon.svg'))).toEqual([]);
    expect(added[0]).toMatchObject({ file: 'content/guides/sample-guide.mdx', severity: 'error' });
    expect(hasErrors(after)).toBe(true);
    expect(hasErrors({ ...before, problems: before.problems.filter((p) => p.severity !== 'error') })).toBe(false);
  });
});
