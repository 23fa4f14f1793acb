/**
 * Astro compresses built HTML, so `<dt>Formula</dt><dd>Weighted…` has no space between
 * the two cells and Pagefind indexes "FormulaWeighted". A space after the closing
 * tag of each block-level element restores the word break a browser would show,
 * without touching inline markup (`<strong>pipe</strong>line` stays one word). Form
 * controls count as blocks too: a calculator's `<option>`s and labels are separate words.
 */
const blockClosers =
  /(<\/(?:address|article|aside|blockquote|button|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|label|legend|li|main|nav|ol|option|output|p|pre|section|select|summary|table|tbody|td|tfoot|th|thead|tr|ul)>)(?=<)/gi;

export function separateBlocks(html: string): string {
  return html.replace(blockClosers, '$1 ').replace(/<br\s*\/?>/gi, '$& ');
}
