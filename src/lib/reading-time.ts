/**
 * Word counts and reading time for an article: the visible prose only, so code,
 * diagram sources, MDX imports and markup do not inflate the figure.
 */

/** Reading speed for considered, non-fiction prose (adults read such text at 200–260 wpm). */
export const wordsPerMinute = 230;

/** Markdown or MDX source reduced to the words a reader sees. */
export function toPlainText(markdown: string): string {
  return (
    markdown
      // Fenced blocks: code and diagram sources are not read as prose.
      .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      // MDX module lines: `import X from '...'`, `export const ...`.
      .replace(/^(import|export)\s[^\n]*$/gm, ' ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/\{[^{}]*\}/g, ' ')
      // Table separator rows such as | --- | :---: |
      .replace(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, ' ')
      .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
      .replace(/[*_`|~]+/g, ' ')
  );
}

/** Words are runs of non-space characters holding at least one letter or digit. */
export function countWords(text: string): number {
  // One regex pass: each match is a whole whitespace-delimited run with a letter or digit in it.
  return text.match(/\S*[\p{L}\p{N}]\S*/gu)?.length ?? 0;
}

/** Whole minutes, at least one. */
export function estimateReadingMinutes(words: number, speed = wordsPerMinute): number {
  return Math.max(1, Math.round(words / speed));
}

/** Words across the visible parts of an article: frontmatter answers, steps, body, FAQ. */
export function countArticleWords(parts: readonly (string | undefined)[]): number {
  return parts.reduce((sum, part) => sum + (part ? countWords(toPlainText(part)) : 0), 0);
}
