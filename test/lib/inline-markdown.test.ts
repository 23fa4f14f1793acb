import { describe, expect, it } from 'vitest';
import { escapeHtml, renderInlineMarkdown, stripInlineMarkdown } from '~/lib/inline-markdown';

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
});

describe('stripInlineMarkdown', () => {
  it('keeps words and link labels only', () => {
    expect(stripInlineMarkdown('See **weighted** [pipeline coverage](/kpis/pipeline-coverage/) and `NRR`.')).toBe(
      'See weighted pipeline coverage and NRR.',
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
