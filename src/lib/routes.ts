/**
 * The one home of the site's addresses and of the names of its page types. Every link,
 * breadcrumb, sitemap entry, Markdown twin, lint check and scaffolder message asks here.
 */

/** Collections that are published as pages, each under its own section of the site. */
export const pageCollections = ['guides', 'industries', 'trainings', 'kpis', 'tools'] as const;
export type PageCollection = (typeof pageCollections)[number];

/** Collections whose entries are articles: a quick answer, a body, a Markdown twin. */
export const articleCollections = ['guides', 'industries', 'trainings'] as const;
export type ArticleCollection = (typeof articleCollections)[number];

export interface Section {
  /** The listing page, which is also every entry's address prefix. */
  path: string;
  /** What one entry is called: "Guide". */
  label: string;
  /** The listing's name in navigation and breadcrumbs: "Library". */
  name: string;
}

export const sections: Readonly<Record<PageCollection, Section>> = {
  guides: { path: '/library/', label: 'Guide', name: 'Library' },
  industries: { path: '/industries/', label: 'Industry guide', name: 'Industries' },
  trainings: { path: '/training/', label: 'Training', name: 'Training' },
  kpis: { path: '/kpis/', label: 'KPI', name: 'KPIs' },
  tools: { path: '/tools/', label: 'Tool', name: 'Tools' },
};

/** Pages that exist whatever the content: listings and machine outputs. */
export const fixedRoutes = {
  home: '/',
  library: sections.guides.path,
  industries: sections.industries.path,
  training: sections.trainings.path,
  kpis: sections.kpis.path,
  tools: sections.tools.path,
  topics: '/topics/',
  search: '/search/',
  rss: '/rss.xml',
  llms: '/llms.txt',
  kpiApi: '/api/kpis.json',
  kpiApiSchema: '/api/kpis.schema.json',
} as const;

export interface EntryRef {
  collection: PageCollection;
  id: string;
}

/** The `[section]` parameter of a collection's routes: "/library/" → "library". */
export function sectionSegment(collection: PageCollection): string {
  return sections[collection].path.slice(1, -1);
}

/** `/library/<id>/`, `/industries/<id>/`, `/training/<id>/`, `/kpis/<id>/`, `/tools/<id>/`. */
export function entryUrl(ref: EntryRef): string {
  return `${sections[ref.collection].path}${ref.id}/`;
}

/** An article's Markdown twin: its page address with `.md` for the trailing slash. */
export function markdownUrl(ref: { collection: ArticleCollection; id: string }): string {
  return `${sections[ref.collection].path}${ref.id}.md`;
}

export const kpiUrl = (id: string) => entryUrl({ collection: 'kpis', id });
export const toolUrl = (id: string) => entryUrl({ collection: 'tools', id });
export const topicUrl = (slug: string) => `${fixedRoutes.topics}${slug}/`;

export function isArticleCollection(collection: string): collection is ArticleCollection {
  return (articleCollections as readonly string[]).includes(collection);
}

/** Which collection an address prefix belongs to: "library" → guides. */
export function collectionAt(segment: string): PageCollection | undefined {
  return pageCollections.find((collection) => sections[collection].path === `/${segment}/`);
}

/**
 * Where an editor changes an entry: its source file under the site owner's edit address
 * (src/lib/edit-config.ts), or undefined when none is configured. `file` is the path from
 * the repository root, as the content loader reports it (`content/guides/x.mdx`).
 */
export function editUrl(base: URL | undefined, file: string | undefined): string | undefined {
  if (!base || !file) return undefined;
  const path = file.replace(/\\/g, '/').replace(/^\.?\//, '');
  return new URL(path.split('/').map(encodeURIComponent).join('/'), base).href;
}
