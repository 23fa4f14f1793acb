/** Shared fixture loading for the lint tests: two corpora shaped like content/. */
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/lint/corpus';
import { parseContentFile, type DocumentKind, type LintDocument } from '../../../src/lib/lint/document';
import type { Problem } from '../../../src/lib/lint/problem';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const today = new Date('2026-06-01T00:00:00Z');

/** Every rule stays silent on this corpus. */
export const loadClean = () => loadCorpus(`${root}test/fixtures/lint/clean`, root);
/** Every rule fires at least once on this corpus. */
export const loadBroken = () => loadCorpus(`${root}test/fixtures/lint/broken`, root);

/** A one-off document for edge cases a fixture file would only obscure. */
export function makeDoc(kind: DocumentKind, id: string, text: string) {
  const folder = { guide: 'guides', industry: 'industries', training: 'trainings', kpi: 'kpis', tool: 'tools' }[kind];
  return parseContentFile(`content/${folder}/${id}.${kind === 'kpi' ? 'yaml' : 'md'}`, kind, id, text);
}

/** `file:line field` keys, short enough to read in an assertion. */
export const locate = (problems: readonly Problem[]) =>
  problems.map((p) => `${p.file.replace('test/fixtures/lint/', '')}:${p.line} ${p.field} ${p.severity}`);

/** What a rule is expected to report on the broken corpus. */
export interface BrokenFindings {
  /** The test's name: what the rule catches there. */
  title: string;
  /** Every problem, as `locate` keys, in the order reported. */
  located: string[];
  /** Sentences checked word for word, by their index in `located`. */
  sentences: Record<number, string>;
}

/**
 * The tests every rule owes the two corpora: exactly `broken` on the broken one and, when
 * `clean` names the test, nothing on the clean one.
 */
export function testRuleOnCorpora(
  rule: (docs: readonly LintDocument[]) => readonly Problem[],
  broken: BrokenFindings,
  clean?: string,
): void {
  it(broken.title, () => {
    const problems = rule(loadBroken());
    expect(locate(problems)).toEqual(broken.located);
    for (const [index, sentence] of Object.entries(broken.sentences)) {
      expect(problems[Number(index)]?.message).toBe(sentence);
    }
  });
  if (clean) {
    it(clean, () => {
      expect(rule(loadClean())).toEqual([]);
    });
  }
}
