import { describe, expect, it } from 'vitest';
import { parseContentFile } from '~/lib/lint/document';
import { checkMarkup } from '~/lib/lint/markup';
import { checkMdx, componentTagOf } from '~/lib/lint/mdx';
import { formatProblem } from '~/lib/lint/problem';

const guide = (file: string, body: string) =>
  parseContentFile(`content/guides/${file}`, 'guide', file.replace(/\.mdx?$/, ''), `---\ntitle: T\n---\n${body}`);
/** What the rule prints for one file's body. */
const report = (file: string, body: string) => checkMdx([guide(file, body)]).map(formatProblem);

describe('checkMdx', () => {
  it('refuses a component in a .md body at its line, naming the .mdx file to rename it to', () => {
    expect(
      report('cost.md', 'Intro.\n\n<PipelineCoverageCalculator target="$1M" />\n\nAnd <Callout>inline</Callout>.'),
    ).toEqual([
      'content/guides/cost.md:6  body  error: <PipelineCoverageCalculator> is a component, and only MDX renders components: a .md page would show nothing in its place. Rename the file to cost.mdx. [mdx]',
      'content/guides/cost.md:8  body  error: <Callout> is a component, and only MDX renders components: a .md page would show nothing in its place. Rename the file to cost.mdx. [mdx]',
    ]);
    // The markup rule leaves the component to this rule, and still warns about plain HTML.
    const withHtml = guide('cost.md', '<PipelineCoverageCalculator />\n\n<div>box</div>');
    expect(checkMarkup([withHtml]).map((problem) => problem.line)).toEqual([6]);
  });

  it('suggests .md for an .mdx body that uses nothing only MDX renders', () => {
    const body = '## A heading\n\nProse with a [link](/kpis/win-rate/).\n\n| a | b |\n| - | - |\n| 1 | 2 |';
    expect(report('plain.mdx', body)).toEqual([
      'content/guides/plain.mdx:4  body  warning: the body uses no component, import, export or {expression}, so it needs no MDX: rename the file to plain.md, which builds about three times faster, and check the page (Markdown reads a line indented four spaces as code, MDX does not). [mdx]',
    ]);
  });

  it.each([
    ['a component', 'Text.\n\n<CacPaybackCalculator spend="$540k" />'],
    ['an inline component', 'Text with <Term>CAC</Term> inside.'],
    ['an import', "import Note from '~/components/Note.astro';\n\nText."],
    ['an export', 'export const year = 2026;\n\nText.'],
    ['an expression', 'Text for {2026}.'],
    ['a comment, which is an expression', 'Text.\n\n{/* editor note */}'],
    ['an HTML tag, which MDX reads as JSX', 'Text <abbr title="Customer acquisition cost">CAC</abbr>.'],
  ])('leaves an .mdx body with %s alone', (_what, body) => {
    expect(report('uses.mdx', body)).toEqual([]);
  });

  it('says nothing about an .mdx body that does not parse, or a .md body without components', () => {
    const broken = guide('broken.mdx', 'Text <Unclosed\n\nmore.');
    expect(broken.syntaxErrors).not.toEqual([]);
    expect(checkMdx([broken])).toEqual([]);
    expect(checkMdx([guide('plain.md', 'Text with <abbr>HTML</abbr> and a < b.')])).toEqual([]);
  });
});

describe('componentTagOf', () => {
  it('names a tag that starts with a capital, as JSX components do', () => {
    expect(componentTagOf('<PipelineCoverageCalculator target="1" />')).toBe('PipelineCoverageCalculator');
    expect(componentTagOf('  <Ui.Card>')).toBe('Ui.Card');
    expect(componentTagOf('<div class="x">')).toBeUndefined();
    expect(componentTagOf('</Callout>')).toBeUndefined();
    expect(componentTagOf('<!-- Note -->')).toBeUndefined();
  });
});
