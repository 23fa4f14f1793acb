import { describe, expect, it } from 'vitest';
import { pickScorecardExample } from '~/lib/calculators/scorecard-example';
import { limitsOf, scoreRow, type ScorecardRow } from '~/lib/calculators/scorecard';
import type { Direction } from '~/schemas/kpi';

const kpis = [
  { kpi: { id: 'nrr' }, key: 'nrr', benchmark: { min: 108, max: 120, unit: 'percent' as const } },
  { kpi: { id: 'churn' }, key: 'churn', benchmark: { min: 8, max: 12, unit: 'percent' as const } },
  { kpi: { id: 'ttfv' }, key: 'ttfv', benchmark: { min: 30, max: 60, unit: 'days' as const } },
  { kpi: { id: 'coverage' }, key: 'coverage', benchmark: { min: 3, max: 4, unit: 'multiple' as const } },
];
const directions: Record<string, Direction> = {
  nrr: 'higher-is-better',
  churn: 'lower-is-better',
  ttfv: 'target-range',
  coverage: 'higher-is-better',
};

describe('pickScorecardExample', () => {
  it('lands rows on green, yellow, green, red in turn, by each KPI direction', () => {
    const values = pickScorecardExample(kpis, directions);
    expect(values).toEqual({ nrr: '108%', churn: '12.9%', ttfv: '45', coverage: '2.1' });
    const levels = kpis.map(({ kpi, benchmark }) => {
      const row: ScorecardRow = {
        id: kpi.id,
        name: kpi.id,
        unit: benchmark.unit,
        direction: directions[kpi.id]!,
        benchmark: { text: '', ...benchmark },
        limits: limitsOf(benchmark.unit, { canExceed100: kpi.id === 'nrr' }),
      };
      const score = scoreRow(row, values[kpi.id]!);
      return score.state === 'rated' ? score.level : score.state;
    });
    expect(levels).toEqual(['green', 'yellow', 'green', 'red']);
  });

  it('skips KPIs with no known direction', () => {
    expect(pickScorecardExample(kpis, {})).toEqual({});
  });
});
