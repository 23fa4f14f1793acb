import { describe, expect, it } from 'vitest';
import { parseYaml } from '~/lib/markdown/frontmatter';

// Frontmatter starts on line 2 of its file, below the opening `---`.
const errorsOf = (yaml: string) => parseYaml(yaml, 2).errors;

describe('YAML syntax errors, located and worded for an editor', () => {
  it('puts an unclosed double quote on the line the quote opens, not at the end of the frontmatter', () => {
    const yaml = 'title: "A good title"\ndescription: "Starts here\ntags:\n  - pipeline\ndraft: false';
    expect(errorsOf(yaml)).toEqual([
      {
        line: 3,
        message:
          'YAML does not parse: the " that opens this value is never closed: add the closing " at the end of the value.',
      },
    ]);
  });

  it('does the same for a single quote inside a list item', () => {
    const yaml = "title: T\nfaq:\n  - question: 'Why now?\n    answer: Because.\ndraft: true";
    expect(errorsOf(yaml)).toEqual([
      {
        line: 4,
        message:
          "YAML does not parse: the ' that opens this value is never closed: add the closing ' at the end of the value.",
      },
    ]);
  });

  it('explains a colon inside an unquoted value', () => {
    expect(errorsOf('title: CAC payback: what is good?\ndraft: true')).toEqual([
      {
        line: 2,
        message:
          'YAML does not parse: this value contains ": ", which YAML reads as the start of another field: put the whole value in double quotes.',
      },
    ]);
  });

  it('keeps the parser’s words for anything else, with where to look', () => {
    const [error] = errorsOf('title: ok\ntags: [a, b\nfaq: []');
    expect(error?.message).toMatch(/^YAML does not parse: .+: check this line's indentation, quotes and brackets\.$/);
  });
});
