/**
 * The inverted index behind related scoring, after Hugo's related-content index:
 * each page contributes keywords to named indices (KPI, industry, topic), and a
 * keyword found on too many pages is pruned, because "shares a very common tag"
 * says little and would make every page a candidate for every other.
 */

export type TermKind = 'kpi' | 'industry' | 'topic';

export interface TermSource {
  industry?: string | undefined;
  kpis: readonly string[];
  topics: readonly string[];
}

export interface PruneOptions {
  /** A term on more than this share of published pages (0–1) is ignored. */
  maxTermShare: number;
  /** …unless it is on at most this many pages: a handful of pages sharing a term is always a signal. */
  pruneFloor: number;
}

/** "Telehealth Platform Services" and "telehealth-platform-services" are the same keyword. */
export function normalizeTerm(value: string): string {
  return value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Distinct `kind:keyword` terms of a page, in a stable order. */
export function extractTerms(source: TermSource): string[] {
  const terms = new Set<string>();
  const add = (kind: TermKind, value: string) => {
    const keyword = normalizeTerm(value);
    if (keyword) terms.add(`${kind}:${keyword}`);
  };
  if (source.industry) add('industry', source.industry);
  source.kpis.forEach((kpi) => add('kpi', kpi));
  source.topics.forEach((topic) => add('topic', topic));
  return [...terms];
}

export function kindOf(term: string): TermKind {
  return term.slice(0, term.indexOf(':')) as TermKind;
}

export interface TermIndex {
  /** Pages (by position) that carry a term; undefined for unknown or pruned terms. */
  postings(term: string): readonly number[] | undefined;
  /** Terms dropped for being on too many pages, sorted, for reporting. */
  pruned: readonly string[];
}

/** Indexes `pages[i]` terms; `include(i)` false keeps a page out (drafts are never targets). */
export function buildTermIndex(
  pageTerms: readonly (readonly string[])[],
  include: (index: number) => boolean,
  options: PruneOptions,
): TermIndex {
  const postings = new Map<string, number[]>();
  let published = 0;
  pageTerms.forEach((terms, index) => {
    if (!include(index)) return;
    published++;
    for (const term of terms) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const limit = Math.max(options.pruneFloor, options.maxTermShare * published);
  const pruned: string[] = [];
  for (const [term, list] of postings) {
    if (list.length > limit) {
      pruned.push(term);
      postings.delete(term);
    }
  }
  return { postings: (term) => postings.get(term), pruned: pruned.sort() };
}
