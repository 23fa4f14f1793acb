/**
 * Runs every rule over a corpus and scores each page that parses. Plain data in,
 * plain data out: `scripts/lint.ts` prints it, tests assert on it.
 */
import { describeArticle, getReadingStats, type ArticleEntry } from '../article';
import { getPageToday, listPageDates } from '../build-date';
import { scoreQuality, type QualityResult } from '../quality';
import { lintConfig, type LintConfig } from './config';
import type { LintDocument } from './document';
import { checkDuplicates } from './duplicates';
import { checkFigures } from './figures';
import { checkFreshness } from './freshness';
import { checkIdClashes } from './id-clashes';
import { checkDraftRelated, checkIds } from './ids';
import { checkLinks } from './links';
import { checkMarkup } from './markup';
import { checkMdx } from './mdx';
import { sortProblems, type Problem } from './problem';
import { listOf, textOf } from './raw';
import { checkProvenance } from './provenance';
import { parseEntries, type ParsedEntry } from './schema';
import { checkSections } from './sections';
import { checkSize } from './size';
import { checkTitleLength } from './title-length';
import { isDraft } from './severity';
import { createSiteIndex, type SiteIndex } from '../site-index';
import { checkTodos } from './todo-rule';

export interface LintOptions {
  /** The build date ages are measured from (src/lib/build-date.ts). */
  today: Date;
  /**
   * The wall clock: a page's own date up to it counts as today (getPageToday), as in the
   * build. Defaults to `today`.
   */
  clock?: Date;
  /** Calculator ids that /tools/ links and `tools` fields may name. */
  tools: readonly string[];
  /** Paths of files in public/ ("/favicon.svg") that links may point at. */
  assets?: readonly string[];
  config?: LintConfig;
}

export interface LintReport {
  problems: Problem[];
  quality: { file: string; result: QualityResult }[];
  /** Pages the schema rejected: they get a score once they parse. */
  unscored: string[];
  files: number;
}

const idsOf = (docs: readonly LintDocument[], kind: LintDocument['kind']) =>
  docs.filter((doc) => doc.kind === kind).map((doc) => doc.id);

/** The pages production will publish, and what their links may resolve to. */
export function indexCorpus(
  docs: readonly LintDocument[],
  tools: readonly string[],
  assets: readonly string[] = [],
): SiteIndex {
  const published = docs.filter((doc) => !isDraft(doc));
  // Topic pages gather guides, industry pages and trainings (tags only: search terms are a guide's).
  const articles = published.filter(
    (doc) => doc.kind === 'guide' || doc.kind === 'industry' || doc.kind === 'training',
  );
  return createSiteIndex({
    guides: idsOf(published, 'guide'),
    industries: idsOf(published, 'industry'),
    trainings: idsOf(published, 'training'),
    kpis: idsOf(docs, 'kpi'),
    topicTerms: articles.flatMap((doc) =>
      [...listOf(doc.data?.['tags']), ...listOf(doc.data?.['searchTerms'])].flatMap((term) => textOf(term) ?? []),
    ),
    tools,
    assets,
  });
}

/** A parsed guide, industry page or training as the article model takes it. */
function toArticleEntry(doc: LintDocument, parsed: ParsedEntry | undefined): ArticleEntry | undefined {
  if (parsed?.kind === 'guide') return { collection: 'guides', id: doc.id, data: parsed.data };
  if (parsed?.kind === 'industry') return { collection: 'industries', id: doc.id, data: parsed.data };
  if (parsed?.kind === 'training') return { collection: 'trainings', id: doc.id, data: parsed.data };
  return undefined;
}

export function lintCorpus(corpus: readonly LintDocument[], options: LintOptions): LintReport {
  const config = options.config ?? lintConfig;
  const todayOf = (doc: LintDocument) =>
    getPageToday(options.today, listPageDates(doc.data ?? {}), options.clock ?? options.today);
  // A tool page's prose is checked by its schema alone; the article rules and the score do not apply to it.
  const docs = corpus.filter((doc) => doc.kind !== 'tool');
  const site = indexCorpus(docs, options.tools, options.assets);
  const kpiNames = new Map(
    docs.filter((doc) => doc.kind === 'kpi').map((doc) => [doc.id, textOf(doc.data?.['name']) ?? doc.id]),
  );
  const { problems: schemaProblems, entries } = parseEntries(corpus);
  const articles = docs.flatMap((doc) => {
    const entry = toArticleEntry(doc, entries.get(doc));
    return entry ? [{ doc, entry }] : [];
  });
  const problems = [
    ...schemaProblems,
    ...checkIds(docs, {
      kpis: idsOf(docs, 'kpi'),
      guides: idsOf(docs, 'guide'),
      industries: idsOf(docs, 'industry'),
      tools: options.tools,
    }),
    ...checkDraftRelated(docs),
    ...checkIdClashes(docs),
    ...checkLinks(docs, site),
    ...checkMarkup(docs),
    ...checkMdx(docs),
    ...checkFigures(docs, kpiNames),
    ...checkSections(docs),
    ...checkTodos(docs),
    ...checkDuplicates(docs, config),
    ...docs.flatMap((doc) => checkFreshness([doc], config, todayOf(doc))),
    ...articles.flatMap(({ doc, entry }) => {
      const model = describeArticle(entry);
      return [...checkSize(doc, getReadingStats(model, doc.facts).words, config), ...checkTitleLength(doc, model)];
    }),
    ...checkProvenance(
      articles.map(({ doc, entry }) => {
        const { sources, bases } = describeArticle(entry);
        return { doc, sources, bases };
      }),
    ),
  ];
  const quality = articles.map(({ doc, entry }) => ({
    file: doc.file,
    result: scoreQuality({ entry, body: doc.facts }, { now: todayOf(doc), site }),
  }));
  const unscored = docs.filter((doc) => doc.kind !== 'kpi' && !entries.has(doc)).map((doc) => doc.file);
  return { problems: sortProblems(problems), quality, unscored, files: corpus.length };
}
