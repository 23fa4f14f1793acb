import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter } from '~/lib/markdown/frontmatter';

describe('splitFrontmatter', () => {
  it('splits at the two fence lines and says where the YAML and the body start', () => {
    expect(splitFrontmatter('---\ntitle: A\ntags: [x]\n---\n\n## Body\n')).toEqual({
      yaml: 'title: A\ntags: [x]',
      yamlLine: 2,
      body: '\n## Body\n',
      bodyLine: 5,
    });
  });

  it('accepts a byte-order mark, CRLF fences and trailing spaces on a fence', () => {
    expect(splitFrontmatter('\uFEFF---\r\na: 1\r\n---  \r\nText')?.body).toBe('Text');
  });

  it('finds no frontmatter without an opening or a closing fence', () => {
    expect(splitFrontmatter('# Title\n---\n')).toBeUndefined();
    expect(splitFrontmatter('---\na: 1\nno close')).toBeUndefined();
  });
});

describe('parseYaml', () => {
  const yaml = 'title: A\nkpis:\n  - kpi: win-rate\n    benchmark:\n      min: 20';
  it('turns a field path into the line of the file it is written on', () => {
    const parsed = parseYaml(yaml, 2);
    expect(parsed.data).toMatchObject({ title: 'A' });
    expect(parsed.lineOf(['title'])).toBe(2);
    expect(parsed.lineOf(['kpis', 0, 'benchmark', 'min'])).toBe(6);
    // An absent field falls back to its nearest written ancestor.
    expect(parsed.lineOf(['kpis', 0, 'benchmark', 'max'])).toBe(5);
  });

  it('locates a syntax error on its own line and gives no data', () => {
    const parsed = parseYaml('title: ok\ntags: [a, b\nfaq: []', 2);
    expect(parsed.data).toBeUndefined();
    expect(parsed.errors[0]?.message).toMatch(/^YAML does not parse/);
    expect(parsed.errors[0]?.line).toBeGreaterThanOrEqual(3);
  });
});
