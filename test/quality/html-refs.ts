/**
 * Reads the references (links, sources, canonical URLs) and fragment targets out of a built
 * page with html-validate's own parser, so the link gate and the validator agree on the DOM.
 */
import { type HtmlElement, Parser, type ResolvedConfig, StaticConfigLoader } from 'html-validate';

export interface Reference {
  tag: string;
  attribute: string;
  value: string;
  line: number;
  rel: string[];
  target: string | undefined;
  /** Whether the link carries `download` (a file to save, not a page to open). */
  download?: boolean;
}

export interface PageRefs {
  references: Reference[];
  /** Every id (and <a name>) a fragment can point at, including ids inside inline SVG. */
  anchors: Set<string>;
}

const urlAttributes: readonly [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

let config: ResolvedConfig | undefined;
/** A fresh parser per document (it keeps state while parsing) over one shared configuration. */
async function getParser(): Promise<Parser> {
  config ??= await new StaticConfigLoader().getConfigFor('page.html');
  return new Parser(config);
}

function readRel(element: HtmlElement): string[] {
  return (element.getAttributeValue('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

function toReference(element: HtmlElement, attribute: string, value: string): Reference {
  return {
    tag: element.tagName,
    attribute,
    value,
    line: element.location.line,
    rel: readRel(element),
    target: element.getAttributeValue('target') ?? undefined,
    download: element.hasAttribute('download'),
  };
}

/** "a.png 1x, b.png 2x" → ["a.png", "b.png"]. */
export function splitSrcset(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** html-validate treats inline SVG as opaque, so ids inside diagrams are read from the markup. */
function readSvgIds(html: string): string[] {
  const ids: string[] = [];
  for (const [svg] of html.matchAll(/<svg[\s>][\s\S]*?<\/svg>/gi)) {
    for (const match of svg.matchAll(/\sid=(?:"([^"]*)"|'([^']*)')/g))
      ids.push(decodeEntities(match[1] ?? match[2] ?? ''));
  }
  return ids;
}

export async function readPageRefs(html: string): Promise<PageRefs> {
  const document = (await getParser()).parseHtml(html);
  const references: Reference[] = [];
  for (const [selector, attribute] of urlAttributes) {
    for (const element of document.querySelectorAll(selector)) {
      const value = element.getAttributeValue(attribute);
      if (value !== null) references.push(toReference(element, attribute, value));
    }
  }
  for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const url of splitSrcset(element.getAttributeValue('srcset') ?? '')) {
      references.push(toReference(element, 'srcset', url));
    }
  }
  const anchors = new Set<string>(readSvgIds(html));
  for (const element of document.querySelectorAll('[id]')) anchors.add(element.id ?? '');
  for (const element of document.querySelectorAll('a[name]')) anchors.add(element.getAttributeValue('name') ?? '');
  anchors.delete('');
  return { references: references.sort((a, b) => a.line - b.line), anchors };
}
