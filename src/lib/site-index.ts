/**
 * What an internal link may point at: the site's fixed routes and one route per
 * published entry. Shared by the link rule, the quality score and the badge, so the
 * lint and the page agree on which links resolve.
 */
import { slugify } from './topics';
import { collectionAt, fixedRoutes, isArticleCollection, type PageCollection } from './routes';

export interface SiteIndex {
  guides: ReadonlySet<string>;
  industries: ReadonlySet<string>;
  trainings: ReadonlySet<string>;
  kpis: ReadonlySet<string>;
  /** Topic page slugs (from tags and search terms). */
  topics: ReadonlySet<string>;
  /** Calculator ids under /tools/. */
  tools: ReadonlySet<string>;
  /** Files served as they are from public/: "/favicon.svg". */
  assets: ReadonlySet<string>;
}

/** What each section's index holds, for the message when an id is not there. */
const indexes: Record<PageCollection, { key: keyof SiteIndex; noun: string }> = {
  guides: { key: 'guides', noun: 'published guide' },
  industries: { key: 'industries', noun: 'published industry page' },
  trainings: { key: 'trainings', noun: 'published training' },
  kpis: { key: 'kpis', noun: 'KPI in content/kpis/' },
  tools: { key: 'tools', noun: 'calculator' },
};
const fixed: ReadonlySet<string> = new Set(Object.values(fixedRoutes));

/**
 * Why a root-relative link does not resolve, or undefined when it does.
 * Fragments and query strings are ignored: they select within a page that exists.
 */
export function explainBrokenLink(href: string, index: SiteIndex): string | undefined {
  const path = href.replace(/[?#].*$/, '');
  if (fixed.has(path) || index.assets.has(path)) return undefined;
  if (fixed.has(`${path}/`)) return `write "${path}/": the site's addresses end in a slash.`;
  const match = /^\/([a-z]+)\/([^/]+?)(\.md|\/)?$/.exec(path);
  const segment = match?.[1] ?? '';
  const collection = collectionAt(segment);
  const id = match?.[2] ?? '';
  const ending = match?.[3];
  if (segment === 'topics' && id) {
    if (!index.topics.has(id)) return `"${id}" is not a topic (a tag or search term of a published page).`;
    return ending === '/' ? undefined : `write "${path}/": the site's addresses end in a slash.`;
  }
  if (!match || !collection) return `no page at "${path}".`;
  const { key, noun } = indexes[collection];
  if (!index[key].has(id)) return `"${id}" is not a ${noun}.`;
  if (ending === '.md' && !isArticleCollection(collection))
    return `only guides, industry pages and trainings have a .md version.`;
  if (!ending) return `write "${path}/": the site's addresses end in a slash.`;
  return undefined;
}

/** Builds the index from plain id lists; drafts must already be left out by the caller. */
export function createSiteIndex(parts: {
  guides: Iterable<string>;
  industries: Iterable<string>;
  /** Optional so that callers with no trainings in hand need not pass an empty list. */
  trainings?: Iterable<string>;
  kpis: Iterable<string>;
  topicTerms: Iterable<string>;
  tools: Iterable<string>;
  assets?: Iterable<string>;
}): SiteIndex {
  return {
    guides: new Set(parts.guides),
    industries: new Set(parts.industries),
    trainings: new Set(parts.trainings ?? []),
    kpis: new Set(parts.kpis),
    topics: new Set([...parts.topicTerms].map(slugify).filter(Boolean)),
    tools: new Set(parts.tools),
    assets: new Set(parts.assets ?? []),
  };
}
