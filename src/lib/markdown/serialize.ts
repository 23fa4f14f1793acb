/**
 * Markdown for the twin (/library/<id>.md and its siblings), cut from the source along the
 * spans the body pipeline found (markup-spans.ts), so the one parse serves both. The twin
 * follows the rules of the HTML page's inline renderer (inline.ts): links only to web,
 * mail, site and in-page addresses (site and in-page ones made absolute, so the file still
 * works once it leaves the site), and no raw HTML. MDX machinery goes: imports, exports and
 * expressions are dropped, a component the caller knows becomes Markdown (a calculator
 * becomes a link to its tool page), any other element leaves only what it wraps.
 */
import { markdownToMdast } from 'satteri';
import { findMarkupSpans, type MarkupSpan, type MdastNode, type Range } from './markup-spans';
import { isSafeHref } from './safe-href';

export interface SerializeOptions {
  /** The address the text's relative links resolve against: the article's page. */
  base: URL;
  /** Markdown standing in for a component, or undefined to keep only what it wraps. */
  renderComponent?: ((name: string, attributes: Readonly<Record<string, string>>) => string | undefined) | undefined;
  /**
   * Raw HTML: dropped from a body (the page renders it as HTML, so its text is markup, not
   * prose), or shown as typed in a frontmatter field (as inline.ts shows it on the page).
   */
  html?: 'drop' | 'escape';
}

/** HTML elements whose content is code or an embed, never prose a reader reads. */
const opaque = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math']);

/** A link destination that needs no escaping, or the same in angle brackets. */
function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

const titleOf = (title: string | undefined) => (title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : '');
const escapeText = (text: string) => text.replace(/[\\[\]*_`<&]/g, '\\$&');
const escapeHtml = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function renderLink(source: string, span: MarkupSpan & { kind: 'link' }, options: SerializeOptions): string {
  const label = span.label ? renderRange(source, span.label, span.label.spans, options) : '';
  if (!isSafeHref(span.url)) {
    // What the link said stays readable; the address that could run script does not.
    if (span.form === 'inline') return label;
    if (span.form === 'image') return escapeText(span.text);
    return '';
  }
  const url = new URL(span.url.trim(), options.base).href;
  switch (span.form) {
    case 'inline':
      return `[${label}](${destination(url)}${titleOf(span.title)})`;
    case 'image':
      return `![${escapeText(span.text)}](${destination(url)}${titleOf(span.title)})`;
    case 'definition':
      return `[${span.text}]: ${destination(url)}${titleOf(span.title)}`;
    default:
      return `<${url}>`;
  }
}

function renderSpan(source: string, span: MarkupSpan, options: SerializeOptions): string {
  switch (span.kind) {
    case 'drop':
      return span.html !== undefined && options.html === 'escape' ? escapeHtml(span.html) : '';
    case 'link':
      return renderLink(source, span, options);
    case 'element': {
      const rendered = options.renderComponent?.(span.name, span.attributes);
      // Rendered Markdown is held to the same rules as the body around it.
      if (rendered !== undefined) return serializeMarkdown(rendered, { ...options, renderComponent: undefined });
      if (opaque.has(span.name.toLowerCase()) || !span.inner) return '';
      return renderRange(source, span.inner, span.inner.spans, options);
    }
  }
}

function startsLine(source: string, offset: number): boolean {
  return offset === 0 || source[offset - 1] === '\n';
}

function renderRange(source: string, range: Range, spans: readonly MarkupSpan[], options: SerializeOptions): string {
  let out = '';
  let at = range.start;
  for (const span of spans) {
    out += source.slice(at, span.start);
    const text = renderSpan(source, span, options);
    out += text;
    at = span.end;
    // A block that leaves nothing takes its line break with it, so no run of blank lines is left.
    if (!text && span.block && startsLine(source, span.start)) while (source[at] === '\n' && at < range.end) at++;
  }
  return out + source.slice(at, range.end);
}

/** A body already parsed by the body pipeline, cut along its spans. */
export function serializeParsed(source: string, spans: readonly MarkupSpan[], options: SerializeOptions): string {
  return renderRange(source, { start: 0, end: source.length }, spans, options).trim();
}

/** Markdown that has not been parsed yet: a frontmatter field, or a component's stand-in. */
export function serializeMarkdown(text: string, options: SerializeOptions): string {
  const tree = markdownToMdast(text) as unknown as MdastNode;
  return serializeParsed(text, findMarkupSpans(tree, text), { html: 'escape', ...options });
}
