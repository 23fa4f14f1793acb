/**
 * Finds mermaid fences through the one body pipeline (Sätteri, the parser the build itself
 * uses), so a fence found here is exactly the code node the Markdown plugin later replaces:
 * same source text, same hash.
 */
import { analyzeMarkdown, type SourceFormat } from '../markdown/analyze';
import { formatOf } from '../markdown/content-file';

export interface DiagramFence {
  source: string;
  /** 1-based line of the opening fence in the file. */
  line: number;
  caption?: string | undefined;
}

/** How a file is parsed, or undefined when it is not Markdown or MDX at all. */
export function getSourceFormat(file: string): SourceFormat | undefined {
  const format = /\.(mdx|md|markdown)$/.test(file) ? formatOf(file) : undefined;
  return format === 'yaml' ? undefined : format;
}

export function isDiagramLang(lang: string | null | undefined): boolean {
  return lang?.trim().toLowerCase() === 'mermaid';
}

/** The caption from a fence's info string: ```mermaid caption="Deal stages"```. */
export function readCaption(meta: string | null | undefined): string | undefined {
  const match = /(?:^|\s)caption=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? '');
  const caption = (match?.[1] ?? match?.[2])?.trim();
  return caption || undefined;
}

/** Every mermaid fence in a document, in order. Throws the parser's error on invalid MDX. */
export function findDiagramFences(text: string, format: SourceFormat): DiagramFence[] {
  return analyzeMarkdown(text, format)
    .fences.filter((fence) => isDiagramLang(fence.lang))
    .map((fence) => ({ source: fence.value, line: fence.line, caption: readCaption(fence.meta) }));
}
