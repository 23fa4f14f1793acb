/**
 * Finds the site's own URLs in the built files that are not HTML (sitemap, RSS, llms.txt,
 * JSON API, Markdown exports), so the link gate covers what crawlers and assistants read.
 */
import type { Reference } from './html-refs.ts';

export const textExtensions = ['.xml', '.txt', '.json', '.md', '.webmanifest'];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Absolute URLs on `origin`, plus root-relative Markdown link targets ("](/kpis/x/)"). */
export function readTextRefs(text: string, origin: string): Reference[] {
  const absolute = new RegExp(`${escapeRegExp(origin)}(?=[/"'<\\s)\\]]|$)[^\\s"'<>)\\]]*`, 'g');
  const found: { index: number; ref: Reference }[] = [];
  const add = (value: string, index: number) =>
    found.push({
      index,
      ref: {
        tag: 'text',
        attribute: 'url',
        value: value.replace(/&amp;/g, '&'),
        line: lineAt(text, index),
        rel: [],
        target: undefined,
      },
    });
  // Prose ends sentences after URLs: "see https://…/kpis/." must not check "/kpis/.".
  for (const match of text.matchAll(absolute)) add(match[0].replace(/[.,;:!?]+$/, ''), match.index);
  for (const match of text.matchAll(/\]\((\/[^)\s]*)\)/g)) add(match[1] ?? '', match.index);
  return found.sort((a, b) => a.index - b.index).map(({ ref }) => ref);
}
