import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, listInlineLinks, renderInlineMarkdown, stripInlineMarkdown } from '~/lib/markdown/inline';

describe('renderInlineMarkdown', () => {
  it.each([
    ['plain text', 'plain text'],
    ['**bold** and *em* and _em_', '<strong>bold</strong> and <em>em</em> and <em>em</em>'],
    ['use `a < b`', 'use <code>a &lt; b</code>'],
    ['see [win rate](/kpis/win-rate/)', 'see <a href="/kpis/win-rate/">win rate</a>'],
    [
      '[report](https://example.com/a?b=1&c=2)',
      '<a href="https://example.com/a?b=1&amp;c=2" rel="external noopener">report</a>',
    ],
    ['3 * 4 * 5', '3 * 4 * 5'],
    ['snake_case_name stays', 'snake_case_name stays'],
  ])('%j', (input, html) => {
    expect(renderInlineMarkdown(input)).toBe(html);
  });

  it('escapes markup an editor types', () => {
    expect(renderInlineMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
  it('refuses script links but keeps their label', () => {
    expect(renderInlineMarkdown('[click](javascript:alert(1))')).not.toContain('href');
  });
  it('does not format inside code spans', () => {
    expect(renderInlineMarkdown('`**x**`')).toBe('<code>**x**</code>');
  });

  it('renders text with no inline syntax as the parser would, escaped', () => {
    // Plain text skips markdown-it; a trailing backslash (kept as text) sends it through.
    const plain = fc.string({
      unit: fc.constantFrom('a', ' ', '\n', '<', '>', '"', "'", '~', '!', ':', '/', '(', ')', ']', 'é', '—'),
    });
    fc.assert(
      fc.property(plain, (text) => {
        expect(renderInlineMarkdown(`${text}\\`)).toBe(`${renderInlineMarkdown(text)}\\`);
        expect(renderInlineMarkdown(text)).toBe(escapeHtml(text));
      }),
    );
  });
});

describe('stripInlineMarkdown', () => {
  it('keeps words and link labels only', () => {
    expect(stripInlineMarkdown('See **weighted** [pipeline coverage](/kpis/pipeline-coverage/) and `NRR`.')).toBe(
      'See weighted pipeline coverage and NRR.',
    );
  });

  it('returns text with no inline syntax as it is, as the parser would', () => {
    // A trailing backslash is kept as text, and sends the string through markdown-it.
    const plain = fc.string({
      unit: fc.constantFrom('a', ' ', '\n', '<', '>', '~', '!', ':', '/', '(', ')', ']', 'é', '—'),
    });
    fc.assert(
      fc.property(plain, (text) => {
        expect(stripInlineMarkdown(text)).toBe(text);
        expect(stripInlineMarkdown(`${text}\\`)).toBe(`${text}\\`);
      }),
    );
  });
});

describe('escapeHtml', () => {
  // markdown-it's escaper: enough for element text and double-quoted attributes, where Pulse puts it.
  it('escapes the characters that open markup or end a double-quoted attribute', () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('links that could run script or leave the site unannounced', () => {
  it.each(['data:text/html,<b>x</b>', 'vbscript:msgbox', '//evil.example/x', 'JAVASCRIPT:alert(1)'])(
    'refuses [x](%s)',
    (href) => {
      expect(renderInlineMarkdown(`[x](${href})`)).not.toContain('<a');
    },
  );
  it('keeps an inline HTML tag as text, even inside link labels', () => {
    expect(renderInlineMarkdown('[<img src=x onerror=alert(1)>](/kpis/)')).toBe(
      '<a href="/kpis/">&lt;img src=x onerror=alert(1)&gt;</a>',
    );
  });
});

describe('listInlineLinks', () => {
  it.each([
    ['See [win rate](/kpis/win-rate/) and [BLS](https://www.bls.gov/a).', ['/kpis/win-rate/', 'https://www.bls.gov/a']],
    ['No link, and `[code](/kpis/not-a-link/)` is code.', []],
    // Rendered as text by renderInlineMarkdown, so not a link a reader follows.
    ['[bad](javascript:alert(1))', []],
    ['*[nested](/kpis/quota-attainment/)*', ['/kpis/quota-attainment/']],
    ['Plain text (with brackets] and a path /kpis/win-rate/) links nothing.', []],
  ])('%s', (text, links) => {
    expect(listInlineLinks(text)).toEqual(links);
  });
});
