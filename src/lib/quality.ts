/**
 * The machine-certified quality score: ten checks, published in EDITING.md and on
 * each page, computed from the typed entry. Nothing about the score is typed by
 * hand; a page earns each point by what it contains.
 */
import { describeArticle, type ArticleEntry, type ArticleModel } from './article';
import { analyzeInline, isInternalHref, type MarkdownFacts } from './markdown/analyze';
import { explainBrokenLink, type SiteIndex } from './site-index';
import { findTodoMarkers } from '../schemas/todo';
import { listCitingTexts, listUsableSources } from './provenance';

/** An article and what its body holds (src/lib/markdown/analyze.ts). */
export interface QualityEntry {
  entry: ArticleEntry;
  body: Pick<MarkdownFacts, 'links' | 'todoLines'>;
}

export interface QualityContext {
  /** The day the score is computed for; ages are measured back from it. */
  now: Date;
  /** What internal links may resolve to. */
  site: SiteIndex;
}

/** One entry, as the article model describes it, with its raw data (dates, TODO markers) and body facts. */
interface Page {
  model: ArticleModel;
  data: ArticleEntry['data'];
  body: QualityEntry['body'];
}

export interface QualityCheck {
  id: string;
  /** Short name shown on the badge. */
  label: string;
  /** The rule in full, as published. */
  rule: string;
  /** What is missing, or undefined when the page passes. */
  evaluate(page: Page, context: QualityContext): string | undefined;
}

const limits = { answerWords: 80, minActions: 3, minFaq: 3, minSources: 2, reviewMonths: 12, headline: 110 };

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
const internalHrefs = (links: readonly { href: string }[]) =>
  links.map((link) => link.href).filter((href) => isInternalHref(href));
const monthsAgo = (date: Date, now: Date) =>
  (now.getUTCFullYear() - date.getUTCFullYear()) * 12 +
  now.getUTCMonth() -
  date.getUTCMonth() -
  (now.getUTCDate() < date.getUTCDate() ? 1 : 0);

function findKpiLinks({ model, body }: Page): string[] {
  const texts = [model.answer.text, ...model.faq.map((item) => item.answer)];
  return [...internalHrefs(body.links), ...texts.flatMap((text) => internalHrefs(analyzeInline(text).links))].filter(
    (href) => href.startsWith('/kpis/'),
  );
}

export const qualityChecklist: readonly QualityCheck[] = [
  {
    id: 'quick-answer',
    label: 'Quick answer present and short',
    rule: `The quick answer (quickAnswer on guides, summary on industry pages) is present and at most ${limits.answerWords} words.`,
    evaluate: ({ model }) => {
      const words = countWords(model.answer.text);
      if (!words) return 'no quick answer';
      return words > limits.answerWords ? `quick answer is ${words} words; cut it to ${limits.answerWords}` : undefined;
    },
  },
  {
    id: 'related',
    label: 'Related reading',
    rule: 'At least one hand-picked related entry (related), and every one of them is published.',
    evaluate: ({ model }, { site }) => {
      const related = model.related;
      if (!related.length) return 'no related entry; pick at least one';
      const hidden = related.filter(
        (ref) => !(ref.collection === 'guides' ? site.guides : site.industries).has(ref.id),
      );
      return hidden.length
        ? `missing or unpublished: ${hidden.map((ref) => `${ref.collection}/${ref.id}`).join(', ')}`
        : undefined;
    },
  },
  {
    id: 'actionable',
    label: 'Actionable steps',
    rule: `Guides give at least ${limits.minActions} steps; industry pages a CRM checklist of at least ${limits.minActions} items.`,
    evaluate: ({ model: { actions } }) =>
      actions.count < limits.minActions
        ? `${plural(actions.count, actions.noun)}; give at least ${limits.minActions}`
        : undefined,
  },
  {
    id: 'faq',
    label: 'FAQ',
    rule: `At least ${limits.minFaq} FAQ entries, each question ending in "?".`,
    evaluate: ({ model }) => {
      const faq = model.faq;
      if (faq.length < limits.minFaq)
        return `${faq.length} FAQ ${faq.length === 1 ? 'entry' : 'entries'}; give at least ${limits.minFaq}`;
      const unasked = faq.filter((item) => !item.question.trim().endsWith('?')).length;
      return unasked ? `${unasked} FAQ question${unasked === 1 ? ' does' : 's do'} not end in "?"` : undefined;
    },
  },
  {
    id: 'sources',
    label: 'Sources cited',
    rule: `At least ${limits.minSources} published sources are cited: real addresses and titles, each named by a benchmark's basis or linked from the text.`,
    evaluate: ({ model, data, body }) => {
      const texts = listCitingTexts(data, body.links);
      const count = listUsableSources(model.sources, model.bases, texts).length;
      return count < limits.minSources
        ? `${plural(count, 'source')} cited; cite at least ${limits.minSources}`
        : undefined;
    },
  },
  {
    id: 'dates',
    label: 'Dated and current',
    rule: `The last review (updated, or published if never revised) is not in the future and falls within the last ${limits.reviewMonths} months.`,
    evaluate: ({ data }, { now }) => {
      const reviewed = data.updated ?? data.published;
      if (reviewed > now) return `review date ${reviewed.toISOString().slice(0, 10)} is in the future`;
      const age = monthsAgo(reviewed, now);
      return age > limits.reviewMonths ? `last reviewed ${age} months ago; review it and set updated` : undefined;
    },
  },
  {
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
  },
  {
    id: 'title-question',
    label: 'Title asks the question',
    rule: 'The title is the question the page answers, ending in "?".',
    evaluate: ({ model }) => (model.title.trim().endsWith('?') ? undefined : 'title does not end in "?"'),
  },
  {
    id: 'structured-data',
    label: 'Structured data valid',
    rule: `Article and FAQPage data are complete: headline at most ${limits.headline} characters, updated not before published, every FAQ entry with question and answer, every cited URL on https.`,
    evaluate: ({ model, data }) => {
      const { title, faq, sources } = model;
      const { published, updated } = data;
      if (title.length > limits.headline)
        return `headline is ${title.length} characters; Article allows ${limits.headline}`;
      if (updated && updated < published) return 'dateModified precedes datePublished';
      if (faq.some((item) => !item.question.trim() || !item.answer.trim()))
        return 'a FAQ entry lacks its question or answer';
      const insecure = sources.filter((source) => !source.url.startsWith('https://')).length;
      return insecure ? `${insecure} source URL${insecure === 1 ? ' is' : 's are'} not https` : undefined;
    },
  },
  {
    id: 'finished',
    label: 'No TODO markers',
    rule: 'No TODO marker is left in the frontmatter or the body.',
    evaluate: ({ data, body }) => {
      const count = findTodoMarkers(data).length + body.todoLines.length;
      return count ? `${plural(count, 'TODO marker')} left` : undefined;
    },
  },
];

export interface QualityResult {
  score: number;
  total: number;
  checks: { id: string; label: string; rule: string; passed: boolean; missing?: string }[];
}

export function scoreQuality({ entry, body }: QualityEntry, context: QualityContext): QualityResult {
  const page: Page = { model: describeArticle(entry), data: entry.data, body };
  const checks = qualityChecklist.map(({ id, label, rule, evaluate }) => {
    const missing = evaluate(page, context);
    return missing === undefined ? { id, label, rule, passed: true } : { id, label, rule, passed: false, missing };
  });
  return { score: checks.filter((check) => check.passed).length, total: checks.length, checks };
}
