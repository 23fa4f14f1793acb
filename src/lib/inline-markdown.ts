/**
 * Short frontmatter texts (FAQ answers, quick answers, KPI notes) may carry inline
 * Markdown: links, bold, italics and code. This renders that small subset to safe
 * HTML, and strips it for places that need plain text (structured data, meta tags).
 */

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char]!);
}

// Only addresses that cannot run script: web, mail, site-relative and in-page links.
const safeHref = /^(https?:\/\/|mailto:|\/|#)/i;

/** Inline Markdown → HTML. Everything else is escaped, so editors cannot inject markup. */
export function renderInlineMarkdown(text: string): string {
  const codeSpans: string[] = [];
  let html = escapeHtml(text).replace(/`([^`]+)`/g, (_match: string, code: string) => {
    codeSpans.push(`<code>${code}</code>`);
    return `\u0000${codeSpans.length - 1}\u0000`;
  });
  html = html
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_match, label: string, href: string) => {
      const raw = href.replace(/&amp;/g, '&');
      if (!safeHref.test(raw)) return label;
      const external = /^https?:\/\//i.test(raw) ? ' rel="external noopener"' : '';
      return `<a href="${href}"${external}>${label}</a>`;
    })
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_([^_\s][^_]*)_(?!\w)/g, '$1<em>$2</em>');
  return html.replace(/\u0000(\d+)\u0000/g, (_, index: string) => codeSpans[Number(index)]!);
}

/** Inline Markdown → plain text: link labels kept, markers dropped. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_([^_\s][^_]*)_(?!\w)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
