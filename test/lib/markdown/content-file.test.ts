import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseYaml } from '~/lib/markdown/frontmatter';
import { formatOf, parseContentFile, readContentFile } from '~/lib/markdown/content-file';

vi.mock('~/lib/markdown/frontmatter', async (importOriginal) => {
  const original = await importOriginal<typeof import('~/lib/markdown/frontmatter')>();
  return { ...original, parseYaml: vi.fn(original.parseYaml) };
});

describe('parseContentFile', () => {
  it('puts body facts on the lines of the whole file', () => {
    const file = parseContentFile('---\ntitle: A\n---\n\n## Why\n\nTODO write', 'markdown');
    expect(file.bodyLine).toBe(4);
    expect(file.frontmatter.data).toEqual({ title: 'A' });
    expect(file.facts.headings).toEqual([{ line: 5, depth: 2, text: 'Why' }]);
    expect(file.facts.todoLines).toEqual([7]);
  });

  it('reports a file with no frontmatter, and an MDX body that does not parse, on a line', () => {
    expect(parseContentFile('Just text', 'markdown').frontmatter.errors[0]?.message).toMatch(/^no frontmatter/);
    const broken = parseContentFile('---\ntitle: A\n---\n\n<Open>\n\ntext', 'mdx');
    expect(broken.parseError?.message).toMatch(/^the body does not parse/);
    expect(broken.parseError?.line).toBeGreaterThanOrEqual(4);
  });

  // The build reads bodies only; parsing every file's YAML with line positions cost it ~4 ms a page.
  it('parses the frontmatter only when it is read, and once', () => {
    vi.mocked(parseYaml).mockClear();
    const file = parseContentFile('---\ntitle: A\nsteps: [\n---\nBody.', 'markdown');
    expect(file.facts.words).toBe(1);
    expect(parseYaml).not.toHaveBeenCalled();
    expect(file.frontmatter.errors[0]?.line).toBe(3);
    expect(file.frontmatter).toBe(file.frontmatter);
    expect(parseYaml).toHaveBeenCalledTimes(1);
  });
});

describe('readContentFile', () => {
  it('reads a file once, and again only when it changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pulse-content-file-'));
    const path = join(dir, 'page.md');
    writeFileSync(path, '---\ntitle: A\n---\nOne two.');
    const first = readContentFile(path);
    expect(readContentFile(path)).toBe(first);
    writeFileSync(path, '---\ntitle: A\n---\nOne two three.');
    utimesSync(path, new Date(), new Date(Date.now() + 5_000));
    expect(readContentFile(path).facts.words).toBe(3);
  });

  it('parses .mdx as MDX and everything else as Markdown', () => {
    expect(formatOf('a/b.mdx')).toBe('mdx');
    expect(formatOf('a/b.md')).toBe('markdown');
  });
});
