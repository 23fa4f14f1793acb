/**
 * Finds mermaid fences with Sätteri, the parser the build itself uses, so a fence found here is
 * exactly the code node the Markdown plugin later replaces: same source text, same hash.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';

export interface DiagramFence {
  source: string;
  /** 1-based line of the opening fence in the file. */
  line: number;
  caption?: string | undefined;
}

interface MdastLike {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: MdastLike[];
}

export type SourceFormat = 'markdown' | 'mdx';

export function getSourceFormat(file: string): SourceFormat | undefined {
  if (file.endsWith('.mdx')) return 'mdx';
  if (file.endsWith('.md') || file.endsWith('.markdown')) return 'markdown';
  return undefined;
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
  const tree = (format === 'mdx' ? mdxToMdast(text) : markdownToMdast(text)) as unknown as MdastLike;
  const fences: DiagramFence[] = [];
  const visit = (node: MdastLike) => {
    if (node.type === 'code' && isDiagramLang(node.lang)) {
      fences.push({
        source: node.value ?? '',
        line: node.position?.start.line ?? 1,
        caption: readCaption(node.meta),
      });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return fences;
}
