/**
 * Astro compresses built HTML, so `<dt>Formula</dt><dd>Weighted…` has no space between
 * the two cells and Pagefind indexes "FormulaWeighted". A space after the closing
 * tag of each block-level element restores the word break a browser would show,
 * without touching inline markup (`<strong>pipe</strong>line` stays one word).
 */
const blockClosers =
  /(<\/(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)>)(?=<)/gi;

export function separateBlocks(html: string): string {
  return html.replace(blockClosers, '$1 ').replace(/<br\s*\/?>/gi, '$& ');
}
