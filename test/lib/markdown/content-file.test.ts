import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
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

  it("parses afresh each time, without the lint's line-keeping parser, so the build keeps no parsed document", () => {
    const file = parseContentFile('---\ntitle: A\n---\nBody.', 'markdown');
    vi.mocked(parseYaml).mockClear();
    const first = readFields(file);
    expect(readFields(file)).not.toBe(first);
    expect(readFields(file)).toEqual(first);
    expect(parseYaml).not.toHaveBeenCalled();
  });

  // The loaders read fields with js-yaml's core schema, the lint with `yaml`: one editor's
  // file must mean the same to both, or the lint passes what the build refuses.
  const written = [
    'published: 2026-03-14\nupdated: "2026-02-30"\nat: 2026-03-14T10:00:00Z',
    // (A null key is where they part: "" to `yaml`, "null" to js-yaml; no schema has such a field.)
    'draft: no\nyes: on\nflag: True\nnothing: ~\nempty:\nupper: NULL',
    'hex: 0x1F\noctal: 0o17\nold: 017\nfloat: 1.5e3\ninf: -.inf\nnan: .NaN\nbig: 1_000',
    'base: &b { min: 1, max: 2 }\nother: *b\n"<<": x\nmerge:\n  <<: *b',
    'text: >-\n  folded\n  lines\nkeep: |\n  kept\n\n  lines\nplain: a: b is text? no',
    "quoted: 'it''s'\ndouble: \"tab\\tend\"\nlist: [a, 'b', 3]\nnested:\n  - { q: 'x', a: y }",
  ];
  it.each(written)('reads %j as the lint reads it', (yaml) => {
    const file = parseContentFile(`---\n${yaml}\n---\nBody.`, 'markdown');
    if (file.frontmatter.errors.length) expect(readFields(file)).toBeUndefined();
    else expect(readFields(file)).toEqual(file.frontmatter.data);
  });

  it('reads every content file and fixture as the lint reads it', () => {
    const files = ['content', 'test/fixtures'].flatMap((root) =>
      readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.(mdx?|ya?ml)$/.test(name))
        .map((name) => join(root, name)),
    );
    expect(files.length).toBeGreaterThan(100);
    for (const path of files) {
      const file = parseContentFile(readFileSync(path, 'utf8'), formatOf(path));
      const lint = file.frontmatter.errors.length ? undefined : file.frontmatter.data;
      expect({ path, fields: readFields(file) }).toEqual({ path, fields: lint });
    }
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
