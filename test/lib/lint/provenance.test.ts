import { describe, expect, it } from 'vitest';
import { parseContentFile } from '~/lib/lint/document';
import { checkProvenance } from '~/lib/lint/provenance';

const page = (sources: string, body: string, draft = false) =>
  parseContentFile(
    'content/guides/x.md',
    'guide',
    'x',
    `---\ntitle: T\ndraft: ${draft}\nsources:\n${sources}---\n${body}\n`,
  );
const entry = (url: string, title = 'Sales managers') => ({ title, publisher: 'BLS', url, accessed: new Date() });

describe('provenance rule', () => {
  it('names the field, the line and the fix for a placeholder address and an uncited source', () => {
    const doc = page(
      '  - title: A\n    url: https://example.org/a\n  - title: B\n    url: https://www.bls.gov/b\n',
      'No links here.',
    );
    const problems = checkProvenance([
      { doc, sources: [entry('https://example.org/a'), entry('https://www.bls.gov/b')], bases: [] },
    ]);
    expect(problems.map((p) => [p.line, p.field, p.severity])).toEqual([
      [6, 'sources[1].url', 'error'],
      [8, 'sources[2].url', 'error'],
    ]);
    expect(problems[0]?.message).toMatch(/placeholder address/);
    expect(problems[1]?.message).toMatch(/cited nowhere on the page/);
  });

  it('accepts a source linked from the body, warns on a draft, and leaves a TODO source to the todo rule', () => {
    const cited = page('  - title: B\n', '[the BLS](https://www.bls.gov/b)');
    expect(checkProvenance([{ doc: cited, sources: [entry('https://www.bls.gov/b')], bases: [] }])).toEqual([]);
    const draft = page('  - title: B\n', 'Nothing.', true);
    const [warning] = checkProvenance([{ doc: draft, sources: [entry('https://www.bls.gov/b')], bases: [] }]);
    expect(warning?.severity).toBe('warning');
    const todo = [entry('https://example.org/TODO-the-source', 'TODO: title')];
    expect(checkProvenance([{ doc: draft, sources: todo, bases: [] }])).toEqual([]);
  });
});
