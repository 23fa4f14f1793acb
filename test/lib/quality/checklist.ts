/** What the article and training checklist tests share: the day they score on and how they read a score. */
import { expect, it } from 'vitest';
import { scoreQuality, type QualityEntry } from '../../../src/lib/quality';
import type { SiteIndex } from '../../../src/lib/site-index';

export const now = new Date('2026-06-01T00:00:00Z');

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
