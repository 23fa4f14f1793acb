/**
 * The HTML a diagram fence becomes. The SVG may shrink to fit a narrow column, but never below
 * the scale at which its 16px labels drop under 12px: past that the viewport scrolls sideways,
 * so a wide left-to-right plan stays readable on a phone instead of squashing.
 */
import type { RenderedDiagram } from './cache';
import { escapeXml, prepareSvg } from './svg';

export const minimumScale = 0.75;

export interface FigureInput {
  rendered: RenderedDiagram;
  /** Unique within the page that shows the figure. */
  id: string;
  /** A visible caption from the fence's `caption="…"`, if any. */
  caption?: string | undefined;
  /** The nearest heading above the fence, the last resort for a title. */
  heading?: string | undefined;
}

/** The accessible name and description, preferring what the diagram says about itself. */
export function describeDiagram(input: Omit<FigureInput, 'id'>): { title: string; description?: string } {
  const { rendered, caption, heading } = input;
  const title = rendered.title ?? caption ?? (heading ? `Diagram: ${heading}` : 'Diagram');
  let description = rendered.description;
  if (!description && caption && caption !== title) description = caption;
  if (!description && rendered.labels.length > 0) description = `Steps shown: ${rendered.labels.join('; ')}.`;
  return description ? { title, description } : { title };
}

/** Where a diagram's stylesheet is served: one file per diagram, shared by every page showing it. */
export function getDiagramStylesheetPath(rendered: Pick<RenderedDiagram, 'id'>): string {
  return `/_diagrams/${rendered.id}.css`;
}

/** The stylesheet for one diagram: mermaid's rules, its former style attributes, its minimum width. */
export function buildDiagramCss(rendered: RenderedDiagram): string {
  const prepared = prepareSvg(rendered.svg, { renderedId: rendered.id, id: rendered.id, title: '' });
  const minWidth = Math.round(prepared.width * minimumScale);
  return `.${rendered.id}{--diagram-min-width:${minWidth}px}${prepared.css}\n`;
}

export function renderFigure(input: FigureInput): string {
  const { title, description } = describeDiagram(input);
  const prepared = prepareSvg(input.rendered.svg, {
    renderedId: input.rendered.id,
    id: input.id,
    title,
    description,
  });
  const palette = prepared.fixedColors ? ' data-palette="fixed"' : '';
  const caption = input.caption ? `<figcaption>${escapeXml(input.caption)}</figcaption>` : '';
  // One line: a blank line would end a Markdown HTML block halfway through the SVG.
  const svg = prepared.svg.replace(/\s*\n\s*/g, ' ');
  return (
    `<figure class="diagram" data-diagram="${escapeXml(input.rendered.diagramType)}"${palette}>` +
    `<link rel="stylesheet" href="${getDiagramStylesheetPath(input.rendered)}">` +
    `<div class="diagram__viewport" tabindex="0">${svg}</div>${caption}</figure>`
  );
}
