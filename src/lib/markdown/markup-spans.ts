/**
 * The parts of a body that its Markdown twin cannot copy as written, found in the same
 * Sätteri tree the rest of the body pipeline reads, by character offset: MDX imports,
 * exports and expressions, raw HTML, JSX elements (components and HTML tags) and every
 * link whose target is not already an absolute web or mail address. Everything between
 * them (prose, code fences, tables) is copied byte for byte, so the twin reads as the
 * editor wrote it. src/lib/markdown/serialize.ts cuts the twin along these spans.
 */
import { isSafeHref } from './safe-href';

export interface Range {
  /** Offset of the first character, in UTF-16 units (JavaScript string indices). */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

export type MarkupSpan =
  /** MDX ESM, an `{expression}`, or raw HTML; `value` is the HTML as written. */
  | (Range & { kind: 'drop'; block: boolean; html?: string | undefined })
  /** A JSX element: a component (`<PipelineCoverageCalculator />`) or an HTML tag in MDX. */
  | (Range & {
      kind: 'element';
      block: boolean;
      name: string;
      /** Attributes whose value is text (`x="1"`, `x={"1"}`); expressions are left out. */
      attributes: Readonly<Record<string, string>>;
      /** What the element wraps, as written; undefined when it wraps nothing. */
      inner: (Range & { spans: MarkupSpan[] }) | undefined;
    })
  /** A link, image or reference definition whose target the twin rewrites or refuses. */
  | (Range & {
      kind: 'link';
      block: boolean;
      form: LinkForm;
      url: string;
      title: string | undefined;
      /** An image's alt text, a definition's label. */
      text: string;
      /** The link text of an inline link, as written. */
      label: (Range & { spans: MarkupSpan[] }) | undefined;
    });

export interface MdastNode {
  type: string;
  value?: unknown;
  url?: string;
  title?: string | null;
  alt?: string | null;
  label?: string | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
  children?: MdastNode[];
}

/** A component attribute's text: `href="/x/"`, or a string literal in braces, `href={"/x/"}`. */
export function attributeText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const expression = (value as { value?: unknown } | null)?.value;
  if (typeof expression !== 'string') return undefined;
  const literal = /^\s*(["'`])([^"'`]*)\1\s*$/.exec(expression);
  return literal?.[2];
}

/** Parents whose children are blocks: removing one of those may remove its line. */
const flowParents = new Set(['root', 'blockquote', 'listItem', 'mdxJsxFlowElement', 'footnoteDefinition']);
const dropped = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html']);
/** Already absolute: the twin copies these links as written. */
const absolute = /^(https?:\/\/|mailto:)/i;

function rangeOf(node: MdastNode): Range | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** The source between a node's first and last child, with the spans inside it. */
function innerOf(node: MdastNode, source: string) {
  const first = node.children?.[0] && rangeOf(node.children[0]);
  const last = node.children?.at(-1) && rangeOf(node.children.at(-1)!);
  if (!first || !last) return undefined;
  return { start: first.start, end: last.end, spans: collect(node, source) };
}

export type LinkForm = 'inline' | 'image' | 'autolink' | 'bare' | 'definition';

function linkForm(node: MdastNode, source: string, start: number): LinkForm {
  if (node.type === 'definition') return 'definition';
  if (node.type === 'image') return 'image';
  const first = source[start];
  return first === '[' ? 'inline' : first === '<' ? 'autolink' : 'bare';
}

function spanOf(node: MdastNode, source: string, block: boolean): MarkupSpan | undefined {
  const range = rangeOf(node);
  if (!range) return undefined;
  if (dropped.has(node.type)) {
    return { ...range, kind: 'drop', block, html: node.type === 'html' ? String(node.value) : undefined };
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const attributes: Record<string, string> = {};
    for (const attribute of node.attributes ?? []) {
      const text = attributeText(attribute.value);
      if (attribute.name && text !== undefined) attributes[attribute.name] = text;
    }
    return { ...range, kind: 'element', block, name: node.name ?? '', attributes, inner: innerOf(node, source) };
  }
  if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
    const url = node.url ?? '';
    if (absolute.test(url) && isSafeHref(url)) return undefined;
    const form = linkForm(node, source, range.start);
    return {
      ...range,
      kind: 'link',
      block,
      form,
      url,
      title: node.title ?? undefined,
      text: (node.type === 'image' ? node.alt : node.label) ?? '',
      label: form === 'inline' ? innerOf(node, source) : undefined,
    };
  }
  return undefined;
}

function collect(parent: MdastNode, source: string): MarkupSpan[] {
  const block = flowParents.has(parent.type);
  return (parent.children ?? []).flatMap((node) => {
    const span = spanOf(node, source, block);
    return span ? [span] : collect(node, source);
  });
}

/** The spans of a parsed body, in source order, outermost first (inner ones hang below). */
export function findMarkupSpans(tree: MdastNode, source: string): MarkupSpan[] {
  return collect(tree, source);
}
