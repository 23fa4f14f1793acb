import { describe, expect, it } from 'vitest';
import { parseYaml } from '~/lib/markdown/frontmatter';

// Frontmatter starts on line 2 of its file, below the opening `---`.
const errorsOf = (yaml: string) => parseYaml(yaml, 2).errors;

describe('YAML syntax errors, located and worded for an editor', () => {
  it.each([
    [
      'puts an unclosed double quote on the line the quote opens, not at the end of the frontmatter',
      'title: "A good title"\ndescription: "Starts here\ntags:\n  - pipeline\ndraft: false',
      3,
      'YAML does not parse: the " that opens this value is never closed: add the closing " at the end of the value.',
    ],
    [
      'does the same for a single quote inside a list item',
      "title: T\nfaq:\n  - question: 'Why now?\n    answer: Because.\ndraft: true",
      4,
      "YAML does not parse: the ' that opens this value is never closed: add the closing ' at the end of the value.",
    ],
    [
      'explains a colon inside an unquoted value',
      'title: CAC payback: what is good?\ndraft: true',
      2,
      'YAML does not parse: this value contains ": ", which YAML reads as the start of another field: put the whole value in double quotes.',
    ],
  ])('%s', (_, yaml, line, message) => {
    expect(errorsOf(yaml)).toEqual([{ line, message }]);
  });

  it('keeps the parser’s words for anything else, with where to look', () => {
    const [error] = errorsOf('title: ok\ntags: [a, b\nfaq: []');
    expect(error?.message).toMatch(/^YAML does not parse: .+: check this line's indentation, quotes and brackets\.$/);
  });
});
