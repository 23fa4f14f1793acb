/** What the article and training checklist tests share: the day they score on and how they read a score. */
import { expect, it } from 'vitest';
import { createCatalog } from '../../../src/lib/catalog';
import { referenceStub } from '../../../src/lib/lint/schema';
import { scoreQuality, type QualityEntry } from '../../../src/lib/quality';
import type { KpiFacts } from '../../../src/schemas/context';
import { createSiteIndex, type SiteIndex } from '../../../src/lib/site-index';

export const now = new Date('2026-06-01T00:00:00Z');

type Library = { kpis: string[]; guides: string[]; industries: string[]; tools: string[] };

/**
 * A small library to score against: the schema context knows the ids in `known` (and the
 * KPI facts in `kpiFacts`); the site publishes the pages in `published`, which defaults to
 * all of them. A test that needs a page the schema accepts but the site does not show
 * (a draft, a retired KPI) passes the two apart.
 */
export function fixtureLibrary(known: Library, published: Library = known, kpiFacts = new Map<string, KpiFacts>()) {
  const catalog = createCatalog(new Map(Object.entries(known) as [keyof Library, string[]][]), kpiFacts);
  return {
    context: { catalog, reference: referenceStub },
    site: createSiteIndex({ ...published, topicTerms: [] }),
  };
}

/** The checks `entry` fails on `site`, as { check id: what is missing, in the checklist's words }. */
export const failingChecks = (entry: QualityEntry, site: SiteIndex) =>
  Object.fromEntries(
    scoreQuality(entry, { now, site })
      .checks.filter((c) => !c.passed)
      .map((c) => [c.id, c.missing]),
  );

/** What every checklist owes the editors who read it on a page. */
export function itPublishesTenChecks(checklist: readonly { id: string; rule: string }[]): void {
  it('has ten published checks with unique ids, each with a rule in words', () => {
    expect(checklist).toHaveLength(10);
    expect(new Set(checklist.map((check) => check.id)).size).toBe(10);
    for (const check of checklist) expect(check.rule.length).toBeGreaterThan(30);
  });
}
