import { describe, expect, it } from 'vitest';
import { parseContentFile } from '~/lib/lint/document';
import { checkMarkup } from '~/lib/lint/markup';
import { formatProblem } from '~/lib/lint/problem';
import { makeDoc } from './fixtures';

const frontmatter = '---\ntitle: T\n---\n';

describe('checkMarkup', () => {
  it('warns at the line of raw HTML, a script and each refused link, with the fix', () => {
    const doc = makeDoc(
      'guide',
      'g',
      frontmatter +
        [
          'Fine [link](/kpis/win-rate/), [web](https://example.org/), [mail](mailto:a@example.org) and [here](#faq).', // 4
          '',
          '<div class="box">Boxed</div>', // 6
          '',
          'Click [pay](javascript:alert(1)) or [up](../other/).', // 8
          '',
          '<script>alert(1)</script>', // 10
          '',
          '<!-- an editor note -->',
          '',
          '```html',
          '<script>in a fence is code</script> [x](javascript:void(0))',
          '```',
        ].join('\n'),
    );
    expect(checkMarkup([doc]).map(formatProblem)).toEqual([
      "content/guides/g.md:6  body  warning: raw HTML <div> in the body is dropped from the page's Markdown copy: write it as Markdown (a table, **bold**, a [link](/kpis/…)) or remove it. [markup]",
      'content/guides/g.md:8  body  warning: link "javascript:alert(1)" runs script when followed and is dropped from the page\'s Markdown copy: link to an https:// address or a site page (/library/…) instead. [markup]',
      'content/guides/g.md:8  body  warning: link "../other/" is not a web, mail, site (/…) or in-page (#…) address, so the Markdown copy drops it: write it as /library/… or https://…. [markup]',
      'content/guides/g.md:10  body  warning: a <script> element in the body runs code on the page and is dropped from its Markdown copy: remove it. [markup]',
    ]);
  });

  it('sees HTML tags and script links written in MDX, where they are JSX', () => {
    const body = 'Text.\n\n<script>{"alert(1)"}</script>\n\n<Card href="javascript:x()" />';
    const doc = parseContentFile('content/guides/g.mdx', 'guide', 'g', frontmatter + body);
    expect(checkMarkup([doc]).map((p) => [p.line, p.message.slice(0, 30)])).toEqual([
      [6, 'a <script> element in the body'],
      [8, 'link "javascript:x()" runs scr'],
    ]);
  });

  it('is silent on a body of plain Markdown', () => {
    const doc = makeDoc(
      'guide',
      'g',
      frontmatter + '## Why\n\nSee [a](/kpis/a/) and `<b>code</b>`.\n\n| a | b |\n| - | - |\n| 1 | 2 |',
    );
    expect(checkMarkup([doc])).toEqual([]);
  });
});
