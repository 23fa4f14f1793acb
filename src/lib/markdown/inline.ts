/**
 * Short frontmatter texts (FAQ answers, quick answers, steps, KPI notes) may carry inline
 * Markdown: links, emphasis and code. markdown-it renders them with raw HTML refused and
 * links limited to addresses that cannot run script; the same tokens give the plain text
 * that structured data and meta tags need.
 */
import MarkdownIt from 'markdown-it';
import { isSafeHref } from './safe-href';

const markdown = new MarkdownIt('zero', { html: false, linkify: false, typographer: false })
  .enable(['emphasis', 'backticks', 'link', 'escape', 'entity'])
  .set({ breaks: false });
markdown.validateLink = isSafeHref;

const renderLinkOpen = markdown.renderer.rules.link_open;
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const href = String(tokens[index]?.attrGet('href') ?? '');
  if (/^https?:\/\//i.test(href)) tokens[index]?.attrSet('rel', 'external noopener');
  return renderLinkOpen ? renderLinkOpen(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
};

/**
 * What can start inline Markdown under the rules enabled above (emphasis, code, links,
 * escapes, entities), plus what markdown-it normalises (\r, NUL). Text without any of them
 * is its own plain text, and most answers are such text: the build renders and strips
 * thousands, and skipping the parser for them saves about 0.3 s a 2,000-page build.
 */
const inlineSyntax = /[*_`[\\&\r\0]/;

/** Inline Markdown → safe HTML: anything that is not inline Markdown is shown as typed. */
export function renderInlineMarkdown(text: string): string {
  if (!inlineSyntax.test(text)) return escapeHtml(text);
  return markdown.renderInline(text);
}

/** Inline Markdown → plain text: link labels and code kept, markers dropped. */
export function stripInlineMarkdown(text: string): string {
  if (!inlineSyntax.test(text)) return text;
  return markdown
    .parseInline(text, {})
    .flatMap((token) => token.children ?? [])
    .map((token) => (token.type === 'text' || token.type === 'code_inline' ? token.content : ''))
    .join('');
}

/**
 * The link targets inline Markdown renders as links, from the same tokens renderInlineMarkdown
 * renders: an address the page would show as text (javascript:) is not a link here either.
 */
export function listInlineLinks(text: string): string[] {
  if (!inlineSyntax.test(text)) return [];
  return markdown
    .parseInline(text, {})
    .flatMap((token) => token.children ?? [])
    .flatMap((token): string[] => (token.type === 'link_open' ? [String(token.attrGet('href') ?? '')] : []));
}

/** Text made safe to place inside HTML. */
export const escapeHtml: (text: string) => string = markdown.utils.escapeHtml;
