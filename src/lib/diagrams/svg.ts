/**
 * Turns mermaid's SVG into one that can sit inline in a page: ids unique to this use, colours
 * as custom properties, a fixed size from the viewBox, an accessible name of our choosing,
 * and none of the attributes mermaid keeps only for its own scripts. Its styles leave the
 * markup for a stylesheet (`css`): the site's Content-Security-Policy allows no inline
 * <style> or style="" it has no hash for, and these differ per diagram.
 */
import { findFixedColors, themeCss } from './colors';

export interface SvgOptions {
  /** The id mermaid rendered with; every id in the SVG starts with it. */
  renderedId: string;
  /** The id this use gets (differs when one page shows the same diagram twice). */
  id: string;
  title: string;
  description?: string | undefined;
}

export interface PreparedSvg {
  svg: string;
  width: number;
  height: number;
  /** True when some colour could not be themed, so the figure must keep a light backdrop. */
  fixedColors: boolean;
  /**
   * The diagram's styles, scoped to the class the root carries (the rendered id, shared by
   * every use of the diagram), so one stylesheet serves every page that shows it.
   */
  css: string;
}

// Mermaid's own interaction hooks and empty styles: bytes no reader needs.
const droppedAttributes = /\s(?:data-points|data-et|data-edge|data-id|aria-roledescription)="[^"]*"|\sstyle=""/g;
const colorAttributes = /\s(fill|stroke|flood-color|stop-color|color|style)="([^"]*)"/g;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function readViewBox(svgTag: string): [number, number, number, number] {
  const match = /\sviewBox="([^"]+)"/.exec(svgTag);
  const numbers =
    match?.[1]
      ?.trim()
      .split(/[\s,]+/)
      .map(Number) ?? [];
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) {
    throw new Error('mermaid returned an SVG without a usable viewBox');
  }
  return numbers as [number, number, number, number];
}

export function prepareSvg(raw: string, options: SvgOptions): PreparedSvg {
  let svg = raw.split(options.renderedId).join(options.id);
  // Mermaid's accessible title and description are replaced by ours, which have fallbacks.
  svg = svg.replace(
    /<title id="chart-title-[^"]*">[\s\S]*?<\/title>|<desc id="chart-desc-[^"]*">[\s\S]*?<\/desc>/g,
    '',
  );
  svg = svg.replace(droppedAttributes, '');
  svg = dropUnusedMarkers(svg);

  const fixed: string[] = [];
  const scope = options.renderedId;
  const idSelector = new RegExp(`#${options.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
  const css: string[] = [];
  svg = svg.replace(/<style>([\s\S]*?)<\/style>/g, (_, block: string) => {
    const themed = themeCss(block);
    fixed.push(...findFixedColors(themed));
    css.push(themed.replace(idSelector, `.${scope}`));
    return '';
  });
  svg = svg.replace(/<(?!svg[\s>])[a-zA-Z][^>]*>/g, (tag) => themeTag(tag, fixed));
  svg = moveStylesToClasses(svg, scope, css);

  const rootTag = /^<svg\b[^>]*>/.exec(svg)?.[0];
  if (!rootTag) throw new Error('mermaid returned something other than an SVG');
  const [minX, minY, width, height] = readViewBox(rootTag);
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  const described = Boolean(options.description);
  const root =
    `<svg id="${options.id}" xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${width} ${height}"` +
    ` class="${scope}" width="${round(width)}" height="${round(height)}" role="img" aria-labelledby="${titleId}"` +
    (described ? ` aria-describedby="${descId}"` : '') +
    `><title id="${titleId}">${escapeXml(options.title)}</title>` +
    (described ? `<desc id="${descId}">${escapeXml(options.description!)}</desc>` : '');
  svg = root + svg.slice(rootTag.length);
  return { svg, width: round(width), height: round(height), fixedColors: fixed.length > 0, css: css.join('') };
}

/**
 * Replaces each style="…" below the root with a class whose rule goes into `css`. The rule is
 * !important because an inline style outranked every rule in mermaid's stylesheet.
 */
function moveStylesToClasses(svg: string, scope: string, css: string[]): string {
  const classes = new Map<string, string>();
  return svg.replace(/<(?!svg[\s>])[a-zA-Z][^>]*>/g, (tag) => {
    const style = /\sstyle="([^"]*)"/.exec(tag);
    if (!style) return tag;
    const declarations = (style[1] ?? '')
      .split(';')
      .map((declaration) => declaration.trim())
      .filter((declaration) => declaration.includes(':'));
    let rewritten = tag.replace(style[0], '');
    if (declarations.length === 0) return rewritten;
    const body = declarations.map((d) => (/!important$/.test(d) ? d : `${d} !important`)).join(';');
    let name = classes.get(body);
    if (!name) {
      name = `${scope}-s${classes.size + 1}`;
      classes.set(body, name);
      css.push(`.${scope} .${name}{${body}}`);
    }
    if (/\sclass="/.test(rewritten)) rewritten = rewritten.replace(/\sclass="([^"]*)"/, ` class="$1 ${name}"`);
    else rewritten = rewritten.replace(/\s*(\/?)>$/, ` class="${name}"$1>`);
    return rewritten;
  });
}

/** Mermaid defines a dozen arrowheads per diagram and most go unused; each costs ~300 bytes. */
function dropUnusedMarkers(svg: string): string {
  return svg.replace(/<marker id="([^"]+)"[\s\S]*?<\/marker>/g, (marker, id: string) =>
    svg.includes(`url(#${id})`) ? marker : '',
  );
}

/** Themes the colour-bearing attributes of one start tag, moving themed paint into `style`. */
function themeTag(tag: string, fixed: string[]): string {
  const moved: string[] = [];
  let rewritten = tag.replace(colorAttributes, (attribute, name: string, value: string) => {
    const themed = themeCss(value);
    fixed.push(...findFixedColors(themed));
    if (themed === value) return attribute;
    if (name === 'style') return ` style="${themed}"`;
    // var() is not allowed in presentation attributes, only in CSS, so paint moves to style.
    moved.push(`${name}:${themed}`);
    return '';
  });
  if (moved.length === 0) return rewritten;
  const extra = moved.join(';');
  if (/\sstyle="/.test(rewritten)) {
    rewritten = rewritten.replace(/\sstyle="([^"]*)"/, (_, existing: string) => {
      const separator = existing.trim() === '' || existing.trim().endsWith(';') ? '' : ';';
      return ` style="${existing}${separator}${extra}"`;
    });
  } else {
    rewritten = rewritten.replace(/\s*(\/?)>$/, ` style="${extra}"$1>`);
  }
  return rewritten;
}
