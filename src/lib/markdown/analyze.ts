/**
 * The one body pipeline. A Markdown or MDX body is parsed once, with Sätteri (the parser
 * Astro renders the pages with), into what the rest of Pulse needs to know about it: the
 * words a reader sees, the headings, the links, the fenced blocks and the TODO markers,
 * each with its line in the file. Nothing else in Pulse re-reads Markdown syntax.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { attributeText, findMarkupSpans, type MarkupSpan, type MdastNode } from './markup-spans';
import { countWords } from './words';

export type SourceFormat = 'markdown' | 'mdx';

export interface Located {
  /** 1-based line in the file (the body's first line is `firstLine`). */
  line: number;
}

export interface MarkdownFacts {
  /** The prose a reader sees: no code, diagrams, raw HTML, imports or expressions. */
  text: string;
  words: number;
  headings: (Located & { depth: number; text: string })[];
  /** Link and image targets, reference definitions, and `href`/`src` attributes of components. */
  links: (Located & { href: string })[];
  /** Fenced and indented code blocks, diagram sources among them. */
  fences: (Located & { lang: string | undefined; meta: string | undefined; value: string })[];
  /** Raw HTML the body carries, and HTML tags written in MDX (components are not HTML). */
  html: (Located & { value: string })[];
  /** Lines holding a TODO marker, anywhere in the body. */
  todoLines: number[];
  /** MDX's JSX elements (`<PipelineCoverageCalculator />`, `<a>`), with the attributes written as plain strings. */
  components: (Located & { name: string; attributes: Record<string, string> })[];
  /** What the Markdown twin cannot copy as written (MDX, HTML, links to rewrite), by offset in the body. */
  spans: MarkupSpan[];
  /** Whether the body holds what only MDX renders: an import or export, an `{expression}` or a JSX element. */
  usesMdx: boolean;
}

/** The facts of a file that has no body, or whose body does not parse. */
export const emptyFacts = (): MarkdownFacts => ({
  text: '',
  words: 0,
  headings: [],
  links: [],
  fences: [],
  html: [],
  todoLines: [],
  components: [],
  spans: [],
  usesMdx: false,
});

interface Node extends MdastNode {
  depth?: number;
  lang?: string | null;
  meta?: string | null;
  children?: Node[];
}

/** Upper-case and whole-word, so prose such as "a to-do list" is not a marker. */
export const todoMarker = /\bTODO\b/;

/** Nodes whose content a reader never sees as prose. */
const hidden = new Set(['code', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'yaml', 'definition']);
const blocks = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'mdxJsxFlowElement']);
/** Nodes only an MDX parse produces, and only MDX renders. */
const mdxOnly = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

function textOf(node: Node): string {
  if (hidden.has(node.type)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  if (node.type === 'image') return node.alt ?? '';
  if (node.type === 'break') return '\n';
  const inner = (node.children ?? []).map(textOf).join('');
  return blocks.has(node.type) ? `${inner}\n` : inner;
}

export function analyzeMarkdown(source: string, format: SourceFormat, firstLine = 1): MarkdownFacts {
  const tree = (format === 'mdx' ? mdxToMdast(source) : markdownToMdast(source)) as unknown as Node;
  const lineOf = (node: Node) => (node.position?.start.line ?? 1) + firstLine - 1;
  const facts = emptyFacts();
  const todo = new Set<number>();
  const markTodos = (text: string, line: number) =>
    text.split('\n').forEach((part, offset) => {
      if (todoMarker.test(part)) todo.add(line + offset);
    });

  const visit = (node: Node) => {
    const line = lineOf(node);
    if (typeof node.value === 'string') markTodos(node.value, node.type === 'code' ? line + 1 : line);
    if (mdxOnly.has(node.type)) facts.usesMdx = true;
    switch (node.type) {
      case 'heading':
        facts.headings.push({ line, depth: node.depth ?? 1, text: textOf(node).trim() });
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url) facts.links.push({ line, href: node.url });
        break;
      case 'code':
        facts.fences.push({
          line,
          lang: node.lang ?? undefined,
          meta: node.meta ?? undefined,
          value: String(node.value),
        });
        break;
      case 'html':
        facts.html.push({ line, value: String(node.value) });
        // An anchor written as HTML is still a link a reader follows.
        for (const match of String(node.value).matchAll(/\bhref\s*=\s*["']([^"']+)["']/g))
          facts.links.push({ line, href: match[1] ?? '' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        // MDX renders a lower-case tag as that HTML element, script and all.
        if (node.name && /^[a-z]/.test(node.name)) facts.html.push({ line, value: `<${node.name}>` });
        const attributes: Record<string, string> = {};
        for (const attribute of node.attributes ?? []) {
          const value = attributeText(attribute.value);
          if (value === undefined) continue;
          if (attribute.name) attributes[attribute.name] = value;
          markTodos(value, line);
          if (attribute.name === 'href' || attribute.name === 'src') facts.links.push({ line, href: value });
        }
        if (node.name) facts.components.push({ line, name: node.name, attributes });
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  facts.text = textOf(tree)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
  facts.words = countWords(facts.text);
  facts.todoLines = [...todo].sort((a, b) => a - b);
  facts.spans = findMarkupSpans(tree, source);
  return facts;
}

/** Inline Markdown from a frontmatter field (an FAQ answer, a step), reduced to the same facts. */
export function analyzeInline(text: string): MarkdownFacts {
  return analyzeMarkdown(text, 'markdown');
}

/** A root-relative address on this site (`/x/`), not another host (`//host`, `https:`). */
export function isInternalHref(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}
