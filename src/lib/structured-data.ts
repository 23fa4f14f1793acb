/**
 * schema.org JSON-LD for each page type. Builders take absolute URLs and plain text;
 * callers strip inline Markdown before passing FAQ answers.
 */
import { toIsoDate } from './format';
import { stripInlineMarkdown } from './markdown/inline';

export const siteName = 'Pulse';

type JsonLd = Record<string, unknown>;

function organization(site: string): JsonLd {
  return { '@type': 'Organization', name: siteName, url: site };
}

export interface ArticleInput {
  url: string;
  site: string;
  headline: string;
  description: string;
  published: Date;
  updated?: Date | undefined;
  wordCount?: number;
  keywords?: readonly string[];
  section?: string;
}

export function buildArticle(input: ArticleInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: 'en',
    datePublished: toIsoDate(input.published),
    dateModified: toIsoDate(input.updated ?? input.published),
    author: organization(input.site),
    publisher: organization(input.site),
    ...(input.section ? { articleSection: input.section } : {}),
    ...(input.wordCount ? { wordCount: input.wordCount } : {}),
    ...(input.keywords?.length ? { keywords: input.keywords.join(', ') } : {}),
  };
}

export interface LearningResourceInput {
  url: string;
  site: string;
  name: string;
  description: string;
  /** Length of the session in whole minutes; published as an ISO 8601 duration. */
  minutes: number;
  /** What participants can do afterwards; published as `teaches`. Plain text or inline Markdown. */
  objectives: readonly string[];
  /** Who the session is for, in the editor's words: "AEs", "first-time sellers". */
  audience: readonly string[];
  published: Date;
  updated?: Date | undefined;
}

/**
 * A training plan as schema.org describes a course-like resource. `educationalLevel` is the
 * audience as written: schema.org leaves the vocabulary open, and "first-time sellers" says
 * more to a reader than a made-up beginner/advanced scale would.
 */
export function buildLearningResource(input: LearningResourceInput): JsonLd {
  const audience = input.audience.join('; ');
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: 'en',
    learningResourceType: 'Lesson plan',
    timeRequired: `PT${input.minutes}M`,
    ...(input.objectives.length ? { teaches: input.objectives.map(stripInlineMarkdown) } : {}),
    educationalLevel: audience,
    audience: { '@type': 'Audience', audienceType: audience },
    datePublished: toIsoDate(input.published),
    dateModified: toIsoDate(input.updated ?? input.published),
    author: organization(input.site),
    publisher: organization(input.site),
  };
}

/** Crumbs from the home page to the current one, each with an absolute URL. */
export function buildBreadcrumbList(crumbs: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** FAQPage for a non-empty list of questions; undefined when there is nothing to mark up. */
export function buildFaqPage(faq: readonly { question: string; answer: string }[]): JsonLd | undefined {
  if (faq.length === 0) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faq.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}

export interface TermSetInput {
  url: string;
  name: string;
  description: string;
}

function termSet(set: TermSetInput): JsonLd {
  return { '@type': 'DefinedTermSet', '@id': set.url, url: set.url, name: set.name, description: set.description };
}

export function buildDefinedTerm(input: {
  url: string;
  name: string;
  description: string;
  abbreviation?: string | undefined;
  set: TermSetInput;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    ...(input.abbreviation ? { alternateName: input.abbreviation } : {}),
    inDefinedTermSet: termSet(input.set),
  };
}

/** The registry as a whole, listing its terms by address. */
export function buildDefinedTermSet(set: TermSetInput, terms: readonly { url: string; name: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    ...termSet(set),
    hasDefinedTerm: terms.map((term) => ({ '@type': 'DefinedTerm', '@id': term.url, name: term.name })),
  };
}

export function buildWebSite(site: string, description: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteName,
    url: site,
    description,
    inLanguage: 'en',
    publisher: organization(site),
  };
}

/** An index or topic page: a titled list of other pages. */
export function buildCollectionPage(input: {
  url: string;
  name: string;
  description: string;
  items: readonly string[];
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    url: input.url,
    name: input.name,
    description: input.description,
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: input.items.length,
      itemListElement: input.items.map((url, index) => ({ '@type': 'ListItem', position: index + 1, url })),
    },
  };
}

/**
 * JSON for a <script> element: "<" is escaped so text such as "</script>" in a title
 * cannot end the element early.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The KPI registry as one named set: the DefinedTermSet every KPI page points into. */
export const kpiRegistry = {
  path: '/kpis/',
  name: 'Pulse KPI registry',
  description: 'Sales KPIs for fractional sales leadership, each defined once with its formula, unit and direction.',
};
