/**
 * The machine-certified quality score, computed from the typed entry: a guide or an industry
 * page is held to src/lib/quality/article-checklist.ts, a training to
 * src/lib/quality/training-checklist.ts. The badge, the lint report and EDITING.md all read
 * the checklists from here. Nothing about the score is typed by hand; a page earns each
 * point by what it contains.
 */
import { describeArticle, type ArticleEntry } from './article';
import type { MarkdownFacts } from './markdown/analyze';
import { articleChecklist } from './quality/article-checklist';
import type { QualityCheck, QualityContext, QualityPage } from './quality/checks';
import { trainingChecklist } from './quality/training-checklist';

export type { QualityCheck, QualityContext } from './quality/checks';
export { articleChecklist, trainingChecklist };

/** An article and what its body holds (src/lib/markdown/analyze.ts). */
export interface QualityEntry {
  entry: ArticleEntry;
  body: Pick<MarkdownFacts, 'links' | 'todoLines'>;
}

export interface QualityResult {
  score: number;
  total: number;
  checks: { id: string; label: string; rule: string; passed: boolean; missing?: string }[];
}

function runChecklist<Data>(
  checklist: readonly QualityCheck<Data>[],
  page: QualityPage<Data>,
  context: QualityContext,
): QualityResult {
  const checks = checklist.map(({ id, label, rule, evaluate }) => {
    const missing = evaluate(page, context);
    return missing === undefined ? { id, label, rule, passed: true } : { id, label, rule, passed: false, missing };
  });
  return { score: checks.filter((check) => check.passed).length, total: checks.length, checks };
}

export function scoreQuality({ entry, body }: QualityEntry, context: QualityContext): QualityResult {
  const model = describeArticle(entry);
  return entry.collection === 'trainings'
    ? runChecklist(trainingChecklist, { model, data: entry.data, body }, context)
    : runChecklist(articleChecklist, { model, data: entry.data, body }, context);
}
