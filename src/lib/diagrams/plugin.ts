/**
 * The Sätteri mdast plugin that swaps each ```mermaid fence for its figure. Astro's Markdown and
 * MDX pipelines both run `markdown.processor`'s mdast plugins, so one plugin covers `.md` and
 * `.mdx`. Renders come from the session (filled before pages compile); a miss, which only an
 * edit during `astro dev` should cause, renders on the spot.
 */
import { fileURLToPath } from 'node:url';
import type {
  MdastNode,
  MdastPluginDefinition,
  MdastPluginEntry,
  MdastVisitorContext,
  PluginFactoryContext,
} from 'satteri';
import { normalizeSource, type RenderedDiagram } from './cache';
import { isDiagramLang, readCaption } from './extract';
import { renderFigure } from './figure';
import { readDiagramFences, toProjectPath } from './scan';
import type { DiagramLocation, DiagramSession } from './session';

/**
 * MDX would read the SVG's CSS braces as expressions and turn every element into a JSX call;
 * Astro's `<Fragment set:html>` passes the markup through untouched. The string is written with
 * braces and angle brackets escaped so no MDX parser mistakes where the expression ends.
 */
export function toMdxRaw(html: string): string {
  const literal = JSON.stringify(html).replace(/[{}<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<Fragment set:html={${literal}} />`;
}

/** Where a fence sits in its file: the disk copy is searched so lines count frontmatter too. */
function locateFence(root: string, fileURL: URL | undefined, source: string): DiagramLocation {
  if (!fileURL || fileURL.protocol !== 'file:') return { file: 'unknown file', line: 1 };
  const path = fileURLToPath(fileURL);
  const wanted = normalizeSource(source);
  const fence = readDiagramFences(root, path).find((f) => normalizeSource(f.source) === wanted);
  return { file: toProjectPath(root, path), line: fence?.line ?? 1 };
}

/**
 * The text of the nearest heading before a node, searching earlier siblings and then those of
 * each ancestor. (Sätteri visits node types in its own order, so tracking the last heading seen
 * by a visitor would pick up headings further down the page.)
 */
function findHeadingAbove(node: MdastNode, ctx: MdastVisitorContext): string | undefined {
  let current: MdastNode = node;
  for (let parent = ctx.parent(current); parent; parent = ctx.parent(current)) {
    const index = ctx.indexOf(current) ?? 0;
    const siblings = parent.children as readonly MdastNode[];
    for (let i = index - 1; i >= 0; i--) {
      const sibling = siblings[i]!;
      if (sibling.type === 'heading') return ctx.textContent(sibling).trim() || undefined;
    }
    current = parent as MdastNode;
  }
  return undefined;
}

export function createDiagramPlugin(session: DiagramSession, root: string): MdastPluginEntry {
  return (context: PluginFactoryContext) => {
    // Most documents have no diagram; leaving the plugin out spares them the visit.
    if (!context.source.includes('mermaid')) return null;
    const uses = new Map<string, number>();

    const toFigure = (rendered: RenderedDiagram, meta: string | null | undefined, heading: string | undefined) => {
      const count = (uses.get(rendered.id) ?? 0) + 1;
      uses.set(rendered.id, count);
      const html = renderFigure({
        rendered,
        id: count === 1 ? rendered.id : `${rendered.id}-${count}`,
        caption: readCaption(meta),
        heading,
      });
      return context.sourceFormat === 'mdx' ? { raw: toMdxRaw(html) } : { raw: html, mdxExpressions: false };
    };

    const plugin: MdastPluginDefinition = {
      name: 'pulse-mermaid-diagrams',
      code(node, ctx) {
        if (!isDiagramLang(node.lang)) return;
        const heading = findHeadingAbove(node, ctx);
        const cached = session.lookup(node.value);
        if (cached) return toFigure(cached, node.meta, heading);
        const location = locateFence(root, ctx.fileURL, node.value);
        return session.get(node.value, location).then((rendered) => toFigure(rendered, node.meta, heading));
      },
    };
    return plugin;
  };
}
