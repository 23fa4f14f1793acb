/**
 * What every quality check is, and the checks every kind of article shares: related
 * reading, cited sources, a current review date, resolving KPI links and no TODO marker.
 * Each checklist (src/lib/quality/article-checklist.ts, training-checklist.ts) lists these
 * beside its own, so a rule that applies to every page is written once.
 */
import type { ArticleEntry, ArticleModel } from '../article';
import { isInternalHref, type MarkdownFacts } from '../markdown/analyze';
import { listInlineLinks } from '../markdown/inline';
import { explainBrokenLink, type SiteIndex } from '../site-index';
import { findTodoMarkers } from '../../schemas/todo';
import { listCitingTexts, listUsableSources } from '../provenance';

export interface QualityContext {
  /** The day the score is computed for; ages are measured back from it. */
  now: Date;
  /** What internal links may resolve to. */
  site: SiteIndex;
}

/** One entry, as the article model describes it, with its raw data (dates, TODO markers) and body facts. */
export interface QualityPage<Data = ArticleEntry['data']> {
  model: ArticleModel;
  data: Data;
  body: Pick<MarkdownFacts, 'links' | 'todoLines'>;
}

export interface QualityCheck<Data = ArticleEntry['data']> {
  id: string;
  /** Short name shown on the badge. */
  label: string;
  /** The rule in full, as published. */
  rule: string;
  /** What is missing, or undefined when the page passes. */
  evaluate(page: QualityPage<Data>, context: QualityContext): string | undefined;
}

export const sharedLimits = { minSources: 2, reviewMonths: 12 };

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
export const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

const internalHrefs = (links: readonly { href: string }[]) =>
  links.map((link) => link.href).filter((href) => isInternalHref(href));
const monthsAgo = (date: Date, now: Date) =>
  (now.getUTCFullYear() - date.getUTCFullYear()) * 12 +
  now.getUTCMonth() -
  date.getUTCMonth() -
  (now.getUTCDate() < date.getUTCDate() ? 1 : 0);

/** /kpis/ links in the body and in every piece of frontmatter prose the page shows. */
function findKpiLinks({ model, body }: QualityPage): string[] {
  const texts = model.parts.map((part) => part.text);
  // Frontmatter prose is rendered by markdown-it, so its links come from the same tokens (src/lib/markdown/inline.ts).
  const inline = texts.flatMap((text) => listInlineLinks(text)).filter(isInternalHref);
  return [...internalHrefs(body.links), ...inline].filter((href) => href.startsWith('/kpis/'));
}

export const relatedCheck: QualityCheck = {
  id: 'related',
  label: 'Related reading',
  rule: 'At least one hand-picked related entry (related), and every one of them is published.',
  evaluate: ({ model }, { site }) => {
    const related = model.related;
    if (!related.length) return 'no related entry; pick at least one';
    const hidden = related.filter((ref) => !site[ref.collection].has(ref.id));
    return hidden.length
      ? `missing or unpublished: ${hidden.map((ref) => `${ref.collection}/${ref.id}`).join(', ')}`
      : undefined;
  },
};

export const sourcesCheck: QualityCheck = {
  id: 'sources',
  label: 'Sources cited',
  rule: `At least ${sharedLimits.minSources} published sources are cited: real addresses and titles, each named by a benchmark's basis or linked from the text.`,
  evaluate: ({ model, data, body }) => {
    const texts = listCitingTexts(data, body.links);
    const count = listUsableSources(model.sources, model.bases, texts).length;
    return count < sharedLimits.minSources
      ? `${plural(count, 'source')} cited; cite at least ${sharedLimits.minSources}`
      : undefined;
  },
};

export const datesCheck: QualityCheck = {
  id: 'dates',
  label: 'Dated and current',
  rule: `The last review (updated, or published if never revised) is not in the future and falls within the last ${sharedLimits.reviewMonths} months.`,
  evaluate: ({ data }, { now }) => {
    const reviewed = data.updated ?? data.published;
    if (reviewed > now) return `review date ${reviewed.toISOString().slice(0, 10)} is in the future`;
    const age = monthsAgo(reviewed, now);
    return age > sharedLimits.reviewMonths ? `last reviewed ${age} months ago; review it and set updated` : undefined;
  },
};

export const kpiLinksCheck: QualityCheck = {
  id: 'kpi-links',
  label: 'KPI links resolve',
  rule: 'The page names at least one registry KPI, and every KPI id and /kpis/ link resolves.',
  evaluate: (page, { site }) => {
    if (!page.model.kpiIds.length) return 'names no registry KPI';
    const broken = [
      ...page.model.kpiIds.filter((id) => !site.kpis.has(id)),
      ...findKpiLinks(page).filter((href) => explainBrokenLink(href, site)),
    ];
    return broken.length ? `unresolved: ${broken.join(', ')}` : undefined;
  },
};

export const finishedCheck: QualityCheck = {
  id: 'finished',
  label: 'No TODO markers',
  rule: 'No TODO marker is left in the frontmatter or the body.',
  evaluate: ({ data, body }) => {
    const count = findTodoMarkers(data).length + body.todoLines.length;
    return count ? `${plural(count, 'TODO marker')} left` : undefined;
  },
};
