/**
 * Near-duplicate pages split readers and search traffic between two answers to one
 * question. Two signals: most of the wording shared, or titles asking the same thing.
 */
import type { LintConfig } from './config';
import type { LintDocument } from './document';
import type { Problem } from './problem';
import { collectStrings } from '../../schemas/strings';
import { listBenchmarks, listOf, recordOf, textOf, titleOf } from './raw';
import { isDraft } from './severity';
import { getJaccard, toQuestionTerms, toShingles, toWords } from './similarity';

/** The prose a reader reads: answers, steps, KPI explanations, a training's plan, FAQ and body. */
export function getPageText(doc: LintDocument): string {
  const data = recordOf(doc.data);
  const kpiProse = listOf(data['kpis']).map((item) => {
    const entry = recordOf(item);
    const targets = listBenchmarks(item).map(({ benchmark }) => benchmark['text']);
    return [entry['measures'], entry['why'], ...targets].map(textOf).join(' ');
  });
  const fields = [
    ...['quickAnswer', 'directAnswer', 'summary', 'steps', 'checklist', 'faq'],
    ...['objectives', 'prework', 'agenda', 'exercises', 'facilitatorNotes', 'followUp'],
  ].flatMap((key) => collectStrings(data[key]).map(({ text }) => text));
  return [titleOf(doc.data), ...fields, ...kpiProse, doc.facts.text].join('\n');
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Where a page's title is written: an industry page without one gets it from `industry`. */
const titleField = (doc: LintDocument) =>
  doc.kind === 'industry' && !textOf(doc.data?.['title']) ? 'industry' : 'title';

export function checkDuplicates(docs: readonly LintDocument[], config: LintConfig): Problem[] {
  const pages = docs
    .filter((doc) => doc.kind !== 'kpi' && doc.data)
    .map((doc) => ({
      doc,
      phrases: toShingles(toWords(getPageText(doc))),
      terms: toQuestionTerms(titleOf(doc.data)),
      industry: doc.kind === 'industry' ? toQuestionTerms(textOf(doc.data?.['industry']) ?? '') : undefined,
    }));
  const problems: Problem[] = [];
  pages.forEach((a, i) => {
    for (const b of pages.slice(i + 1)) {
      // Two drafts are two unfinished skeletons; they share their placeholders.
      if (isDraft(a.doc) && isDraft(b.doc)) continue;
      const field = titleField(b.doc);
      const at = (message: string): Problem => ({
        file: b.doc.file,
        line: b.doc.lineOf([field]),
        field,
        severity: 'warning',
        rule: 'duplicates',
        message,
      });
      // Default industry titles share their template words; compare the industry names instead.
      const titleScore = a.industry && b.industry ? getJaccard(a.industry, b.industry) : getJaccard(a.terms, b.terms);
      if (titleScore >= config.titleSimilarity) {
        problems.push(
          at(
            `title asks the same question as ${a.doc.file} ("${titleOf(a.doc.data)}"): score ${titleScore.toFixed(2)} ` +
              `(threshold ${config.titleSimilarity}). Merge the pages, or make each title ask its own question.`,
          ),
        );
      }
      const long = a.phrases.size >= config.minPhrases && b.phrases.size >= config.minPhrases;
      const textScore = long ? getJaccard(a.phrases, b.phrases) : 0;
      if (textScore >= config.textSimilarity) {
        problems.push(
          at(
            `near-duplicate of ${a.doc.file}: score ${textScore.toFixed(2)}, ${percent(textScore)} of their three-word ` +
              `phrases are shared (threshold ${percent(config.textSimilarity)}). Merge them, or rewrite one.`,
          ),
        );
      }
    }
  });
  return problems;
}
