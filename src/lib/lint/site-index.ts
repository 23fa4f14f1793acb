/**
 * What an internal link may point at: the site's fixed routes and one route per
 * published entry. Shared by the link rule, the quality score and the badge, so the
 * lint and the page agree on which links resolve.
 */
import { slugify } from '../topics';

export interface SiteIndex {
  guides: ReadonlySet<string>;
  industries: ReadonlySet<string>;
  kpis: ReadonlySet<string>;
  /** Topic page slugs (from tags and search terms). */
  topics: ReadonlySet<string>;
  /** Calculator ids under /tools/. */
  tools: ReadonlySet<string>;
  /** Files served as they are from public/: "/favicon.svg". */
  assets: ReadonlySet<string>;
}

/** Routes that exist whatever the content: listing pages and machine outputs. */
export const fixedRoutes: ReadonlySet<string> = new Set([
  '/',
  '/library/',
  '/industries/',
  '/kpis/',
  '/topics/',
  '/tools/',
  '/search/',
  '/rss.xml',
  '/llms.txt',
  '/api/kpis.json',
  '/api/kpis.schema.json',
]);

const sections: Record<string, { key: keyof SiteIndex; noun: string; markdown: boolean }> = {
  library: { key: 'guides', noun: 'published guide', markdown: true },
  industries: { key: 'industries', noun: 'published industry page', markdown: true },
  kpis: { key: 'kpis', noun: 'KPI in content/kpis/', markdown: false },
  topics: { key: 'topics', noun: 'topic (a tag or search term of a published page)', markdown: false },
  tools: { key: 'tools', noun: 'calculator', markdown: false },
};

/**
 * Why a root-relative link does not resolve, or undefined when it does.
 * Fragments and query strings are ignored: they select within a page that exists.
 */
export function explainBrokenLink(href: string, index: SiteIndex): string | undefined {
  const path = href.replace(/[?#].*$/, '');
  if (fixedRoutes.has(path) || index.assets.has(path)) return undefined;
  if (fixedRoutes.has(`${path}/`)) return `write "${path}/": the site's addresses end in a slash.`;
  const match = /^\/([a-z]+)\/([^/]+?)(\.md|\/)?$/.exec(path);
  const section = match ? sections[match[1] ?? ''] : undefined;
  if (!match || !section) return `no page at "${path}".`;
  const id = match[2] ?? '';
  const ending = match[3];
  if (!index[section.key].has(id)) return `"${id}" is not a ${section.noun}.`;
  if (ending === '.md' && !section.markdown) return `only guides and industry pages have a .md version.`;
  if (!ending) return `write "${path}/": the site's addresses end in a slash.`;
  return undefined;
}

/** Builds the index from plain id lists; drafts must already be left out by the caller. */
export function createSiteIndex(parts: {
  guides: Iterable<string>;
  industries: Iterable<string>;
  kpis: Iterable<string>;
  topicTerms: Iterable<string>;
  tools: Iterable<string>;
  assets?: Iterable<string>;
}): SiteIndex {
  return {
    guides: new Set(parts.guides),
    industries: new Set(parts.industries),
    kpis: new Set(parts.kpis),
    topics: new Set([...parts.topicTerms].map(slugify).filter(Boolean)),
    tools: new Set(parts.tools),
    assets: new Set(parts.assets ?? []),
  };
}
