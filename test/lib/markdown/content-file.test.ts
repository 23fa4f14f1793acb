import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseYaml } from '~/lib/markdown/frontmatter';
import { formatOf, parseContentFile, readContentFile, readFields } from '~/lib/markdown/content-file';

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

describe('a KPI YAML file', () => {
  it('is all frontmatter: no body, its fields from line 1', () => {
    const file = parseContentFile('name: Win rate\nunit: percent\n', 'yaml');
    expect(file.body).toBe('');
    expect(file.facts.words).toBe(0);
    expect(file.yaml).toEqual({ text: 'name: Win rate\nunit: percent\n', line: 1 });
    expect(file.frontmatter.data).toEqual({ name: 'Win rate', unit: 'percent' });
    expect(file.frontmatter.lineOf(['unit'])).toBe(2);
  });
});

describe('readFields', () => {
  it("gives the loaders a page's fields as written: an impossible date stays text", () => {
    expect(readFields(parseContentFile('---\npublished: 2026-02-30\n---\nBody.', 'markdown'))).toEqual({
      published: '2026-02-30',
    });
  });

  it('gives nothing for YAML that does not parse, or a file without frontmatter', () => {
    expect(readFields(parseContentFile('---\ntitle: "open\n---\nBody.', 'markdown'))).toBeUndefined();
    expect(readFields(parseContentFile('Just text', 'markdown'))).toBeUndefined();
  });

  it('parses afresh each time, so the build keeps no parsed document', () => {
    const file = parseContentFile('---\ntitle: A\n---\nBody.', 'markdown');
    vi.mocked(parseYaml).mockClear();
    readFields(file);
    readFields(file);
    expect(parseYaml).toHaveBeenCalledTimes(2);
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

  it('parses .mdx as MDX, .yaml and .yml as YAML, and everything else as Markdown', () => {
    expect(formatOf('a/b.mdx')).toBe('mdx');
    expect(formatOf('a/b.md')).toBe('markdown');
    expect(formatOf('kpis/win-rate.yaml')).toBe('yaml');
    expect(formatOf('kpis/win-rate.yml')).toBe('yaml');
  });
});
