/**
 * Where a page's figures come from. Every benchmark names its basis (a source on the page,
 * or an editorial judgement), and every source must be used: named by a basis or linked
 * from the text. The lint, the quality score and the page all read these rules from here.
 */
import type { Basis } from '../schemas/basis';
import { collectStrings } from '../schemas/strings';
import type { Source } from '../schemas/source';

export type ResolvedBasis = { kind: 'source'; source: Source; supports: string } | { kind: 'editorial'; text: string };

/** A basis with its source looked up; undefined when it names a source the page lacks. */
export function resolveBasis(basis: Basis, sources: readonly Source[]): ResolvedBasis | undefined {
  if (basis.editorial !== undefined) return { kind: 'editorial', text: basis.editorial };
  const source = sources.find((candidate) => candidate.id !== undefined && candidate.id === basis.source);
  return source ? { kind: 'source', source, supports: basis.supports ?? '' } : undefined;
}

/** Hosts that can never be a real citation. */
const placeholderHost = /(^|\.)(example\.(com|org|net)|localhost|test|invalid|example|local)$/i;
const loopback = /^(127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])$/;
/** Titles an editor leaves while drafting. */
const placeholderTitle = /^\s*(todo|tbd|tk|placeholder|untitled|source( title)?|title|lorem ipsum|example|xxx+)\b/i;

/** Why a source cannot be a real citation, or undefined when it can. */
export function explainPlaceholderSource(source: Pick<Source, 'title' | 'url'>): string | undefined {
  let host = '';
  try {
    host = new URL(source.url).hostname;
  } catch {
    return `url "${source.url}" is not an address.`;
  }
  if (placeholderHost.test(host) || loopback.test(host)) {
    return `url "${source.url}" is a placeholder address, not a published source: cite the page you actually read.`;
  }
  if (placeholderTitle.test(source.title) || /placeholder|lorem ipsum/i.test(source.title)) {
    return `title "${source.title}" is a placeholder: give the source's real title as published.`;
  }
  return undefined;
}

/**
 * Every text a source could be cited from: the body's link targets and each frontmatter
 * string except the sources' own fields.
 */
export function listCitingTexts(data: Record<string, unknown>, links: readonly { href: string }[]): string[] {
  const { sources: _sources, ...fields } = data;
  return [...links.map((link) => link.href), ...collectStrings(fields).map(({ text }) => text)];
}

/** A source is used when a basis names its id or the page's text contains its address. */
export function isSourceUsed(source: Source, bases: readonly Basis[], texts: readonly string[]): boolean {
  if (source.id !== undefined && bases.some((basis) => basis.source === source.id)) return true;
  return texts.some((text) => text.includes(source.url));
}

/** The sources that count: real addresses and titles, and used by the page. */
export function listUsableSources(
  sources: readonly Source[],
  bases: readonly Basis[],
  texts: readonly string[],
): Source[] {
  return sources.filter((source) => !explainPlaceholderSource(source) && isSourceUsed(source, bases, texts));
}
