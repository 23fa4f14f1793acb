/**
 * Which link targets Pulse publishes: web, mail, site-relative and in-page addresses. A
 * `javascript:`, `data:` or `vbscript:` link can run script in a reader's browser, and a
 * protocol-relative `//host` or a path-relative `x/` means something else in the Markdown
 * twin (served at /library/<id>.md) than on the page (/library/<id>/). The inline renderer,
 * the Markdown twin and the lint all ask here.
 */
const safeHref = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

export function isSafeHref(href: string): boolean {
  return safeHref.test(href.trim());
}

/** A link that runs script when followed (the lint names these apart from merely odd links). */
export function isScriptHref(href: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside the scheme.
  return /^(javascript|vbscript|data):/i.test(href.replace(/[\u0000-\u0020]/g, ''));
}
