import { describe, expect, it } from 'vitest';
import { createRelatedIndex, relatedWeights, type EntryRef } from '~/lib/related';
import { keys, loadFixtureCorpus } from '../fixtures/related/load';

const corpus = loadFixtureCorpus();
const index = createRelatedIndex(corpus);
const guide = (id: string): EntryRef => ({ collection: 'guides', id });
const industry = (id: string): EntryRef => ({ collection: 'industries', id });
const kpi = (id: string): EntryRef => ({ collection: 'kpis', id });

describe('related scoring on the fixture corpus', () => {
  it('puts the manual entry first, then same-subject guides by score, text and id', () => {
    // fractional-cro-healthtech-kpis (default weights):
    //   healthtech-sales-hiring: industry 4 + topic "healthtech" 2 + same collection 1 = 7
    //   saas-forecasting: KPIs pipeline-coverage 3 + sales-cycle-length 3 + 1 = 7 (wins the tie on shared words)
    //   fractional-cro-cost: KPI cac-payback 3 + topic fractional-cro 2 + 1 = 6
    //   pipeline-review: KPI pipeline-coverage 3 + 1 = 4
    const { deepDive } = index.getRelated(guide('fractional-cro-healthtech-kpis'));
    expect(keys(deepDive)).toEqual([
      'industries/telehealth-platform-services',
      'guides/saas-forecasting',
      'guides/healthtech-sales-hiring',
      'guides/fractional-cro-cost',
      'guides/pipeline-review',
    ]);
  });

  it('fills "more from the library" from the other collections in turn', () => {
    // Buckets, best first: industries [medical-devices 8, fintech 6];
    // KPIs all 3 [pipeline-coverage and cac-payback share words, then by id];
    // tools [calculator 3, fewer shared words than the pipeline-coverage KPI page].
    const { more } = index.getRelated(guide('fractional-cro-healthtech-kpis'));
    expect(keys(more)).toEqual([
      'industries/medical-devices',
      'kpis/pipeline-coverage',
      'tools/pipeline-coverage-calculator',
      'industries/fintech',
      'kpis/cac-payback',
      'kpis/net-revenue-retention',
    ]);
  });

  it('links an industry page to its sibling industries and to the guides that share its KPIs', () => {
    // medical-devices: 3 shared KPIs 9 + healthtech 2 + 1 = 12; fintech: net-revenue-retention 3 + 1 = 4.
    const { deepDive, more } = index.getRelated(industry('telehealth-platform-services'));
    expect(keys(deepDive)).toEqual(['industries/medical-devices', 'industries/fintech']);
    // Guides lead (fractional-cro-healthtech-kpis scores 11); KPIs and the tool tie at 3 with no shared words.
    expect(keys(more)).toEqual([
      'guides/fractional-cro-healthtech-kpis',
      'kpis/activation-rate',
      'tools/pipeline-coverage-calculator',
      'guides/saas-forecasting',
      'kpis/net-revenue-retention',
      'guides/pipeline-review',
    ]);
  });

  it('tops up a short deep dive with the following pages of the same collection', () => {
    expect(keys(index.getRelated(guide('board-reporting')).deepDive)).toEqual([
      'guides/fractional-cro-cost',
      'guides/fractional-cro-healthtech-kpis',
      'guides/healthtech-sales-hiring',
    ]);
    // sales-cycle-length shares the "efficiency" category with cac-payback (2 + 1), then wraps round.
    expect(keys(index.getRelated(kpi('sales-cycle-length')).deepDive)).toEqual([
      'kpis/cac-payback',
      'kpis/win-rate',
      'kpis/activation-rate',
    ]);
  });

  it('prunes keywords found on too many pages, and counts them when pruning is off', () => {
    expect(index.pruned).toEqual(['topic:sales']);
    const page = guide('fractional-cro-healthtech-kpis');
    expect(keys(index.getRelated(page).deepDive)).not.toContain('guides/board-reporting');
    const unpruned = createRelatedIndex(corpus, { maxTermShare: 1, pruneFloor: 100 });
    expect(unpruned.pruned).toEqual([]);
    expect(keys(unpruned.getRelated(page).deepDive)).toContain('guides/board-reporting');
  });

  it('takes its weights from one place', () => {
    // Without the industry weight, healthtech-sales-hiring drops to 2 + 1 = 3, below pipeline-review (4).
    const noIndustry = createRelatedIndex(corpus, { weights: { ...relatedWeights, industry: 0 } });
    expect(keys(noIndustry.getRelated(guide('fractional-cro-healthtech-kpis')).deepDive).slice(1)).toEqual([
      'guides/saas-forecasting',
      'guides/fractional-cro-cost',
      'guides/pipeline-review',
      'guides/healthtech-sales-hiring',
    ]);
  });

  it('relates a draft page (dev builds) without ever linking to a draft', () => {
    const links = index.getRelated(guide('healthtech-draft'));
    expect(keys(links.deepDive)).toContain('guides/fractional-cro-healthtech-kpis');
    for (const record of corpus) {
      const { deepDive, more } = index.getRelated(record);
      expect(keys([...deepDive, ...more])).not.toContain('guides/healthtech-draft');
    }
  });

  it('names the problem when a page or a manual entry is unknown, or an id repeats', () => {
    expect(() => index.getRelated(guide('missing'))).toThrow('No related record for guides/missing');
    const broken = corpus.map((record, i) => (i === 0 ? { ...record, related: [guide('nope')] } : record));
    expect(() => createRelatedIndex(broken).getRelated(corpus[0]!)).toThrow(
      'guides/fractional-cro-healthtech-kpis lists related entry guides/nope',
    );
    expect(() => createRelatedIndex([...corpus, corpus[1]!])).toThrow('guides/fractional-cro-cost appears twice');
  });
});
