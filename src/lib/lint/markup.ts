/**
 * Raw HTML and links the page's rules refuse, in a body. The page renders a body's HTML
 * (a `<script>` would run, were the CSP not there), while its Markdown twin and every
 * frontmatter field refuse it; a `javascript:` link runs script when followed. The editor
 * hears about both here, with the fix, before either publishes.
 */
import { isSafeHref, isScriptHref } from '../markdown/safe-href';
import type { LintDocument } from './document';
import { componentTagOf } from './mdx';
import type { Problem } from './problem';

/** `<div class="x">…` → "div"; a closing tag, a comment or a declaration → undefined. */
function openingTag(html: string): string | undefined {
  return /^\s*<([a-z][\w-]*)/i.exec(html)?.[1]?.toLowerCase();
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}…` : text);

export function checkMarkup(docs: readonly LintDocument[]): Problem[] {
  return docs.flatMap((doc) => {
    const warn = (line: number, message: string): Problem => ({
      file: doc.file,
      line,
      field: 'body',
      severity: 'warning',
      rule: 'markup',
      message,
    });
    const html = doc.facts.html.flatMap(({ line, value }) => {
      const tag = openingTag(value);
      // A component in a .md body is the mdx rule's error, with its own fix.
      if (!tag || componentTagOf(value)) return [];
      return [
        warn(
          line,
          tag === 'script'
            ? 'a <script> element in the body runs code on the page and is dropped from its Markdown copy: remove it.'
            : `raw HTML <${tag}> in the body is dropped from the page's Markdown copy: write it as Markdown (a table, **bold**, a [link](/kpis/…)) or remove it.`,
        ),
      ];
    });
    const links = doc.facts.links.flatMap(({ line, href }) => {
      if (isSafeHref(href)) return [];
      return [
        warn(
          line,
          isScriptHref(href)
            ? `link "${shorten(href)}" runs script when followed and is dropped from the page's Markdown copy: link to an https:// address or a site page (/library/…) instead.`
            : `link "${shorten(href)}" is not a web, mail, site (/…) or in-page (#…) address, so the Markdown copy drops it: write it as /library/… or https://….`,
        ),
      ];
    });
    return [...html, ...links].sort((a, b) => a.line - b.line);
  });
}
