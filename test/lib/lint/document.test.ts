import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/lint/problem';
import { formatFieldPath } from '../../../src/schemas/field-path';
import { makeDoc } from './fixtures';

const text = `---
title: A question?
kpis:
  - kpi: win-rate
    benchmark:
      min: 3
---

Body line one.
`;

describe('parseContentFile', () => {
  const doc = makeDoc('industry', 'x', text);

  it('maps a field path to the line it starts on, counting the opening ---', () => {
    expect(doc.lineOf(['title'])).toBe(2);
    expect(doc.lineOf(['kpis', 0])).toBe(4);
    expect(doc.lineOf(['kpis', 0, 'benchmark', 'min'])).toBe(6);
  });

  it('falls back to the nearest ancestor for a field that is absent', () => {
    expect(doc.lineOf(['kpis', 0, 'benchmark', 'max'])).toBe(5);
    expect(doc.lineOf(['faq'])).toBe(2);
  });

  it('knows where the body starts', () => {
    expect(doc.facts.text).toBe('Body line one.');
    expect(doc.bodyLine).toBe(8);
  });

  it('locates YAML syntax errors and keeps going', () => {
    const broken = makeDoc('guide', 'y', '---\ntitle: ok\ntags: [a, b\nfaq: []\n---\n');
    expect(broken.data).toBeUndefined();
    expect(broken.syntaxErrors[0]?.line).toBeGreaterThanOrEqual(3);
    expect(broken.syntaxErrors[0]?.message).toMatch(/^YAML does not parse/);
  });

  it('reports a file without frontmatter', () => {
    expect(makeDoc('guide', 'z', '# Just a heading\n').syntaxErrors[0]?.message).toMatch(/no frontmatter/);
  });

  it('reads a KPI file as YAML from its first line', () => {
    expect(makeDoc('kpi', 'k', 'name: X\nunit: percent\n').lineOf(['unit'])).toBe(2);
  });
});

describe('formatProblem', () => {
  it('prints file:line, the field path, then severity and message', () => {
    const line = formatProblem({
      file: 'content/industries/a.md',
      line: 14,
      field: formatFieldPath(['kpis', 2, 'benchmark', 'max']),
      message: 'too high',
      severity: 'error',
      rule: 'figures',
    });
    expect(line).toBe('content/industries/a.md:14  kpis[3].benchmark.max  error: too high [figures]');
  });
});
