import { describe, expect, it } from 'vitest';
import {
  buildScorecardCsv,
  describeScore,
  largestValue,
  limitsOf,
  scoreRow,
  summarizeScores,
  tallyScores,
  type ScorecardRow,
} from '~/lib/calculators/scorecard';

type RowFacts = Pick<ScorecardRow, 'id' | 'name' | 'unit' | 'direction'> & { canExceed100?: boolean };
const row = ({ canExceed100, ...kpi }: RowFacts, text: string, min: number, max: number): ScorecardRow => ({
  ...kpi,
  benchmark: { text, min, max },
  limits: limitsOf(kpi.unit, canExceed100 ? { canExceed100 } : {}),
});

// Three of the telehealth platform services benchmarks, typed as the industry page types them.
const rows: ScorecardRow[] = [
  row(
    {
      id: 'net-revenue-retention',
      name: 'Net revenue retention',
      unit: 'percent',
      direction: 'higher-is-better',
      canExceed100: true,
    },
    '108 to 120 percent',
    108,
    120,
  ),
  row(
    { id: 'gross-revenue-churn', name: 'Gross revenue churn', unit: 'percent', direction: 'lower-is-better' },
    'Annual gross revenue churn below 8 to 12 percent',
    8,
    12,
  ),
  row(
    { id: 'time-to-first-value', name: 'Time-to-first-value', unit: 'days', direction: 'target-range' },
    '30 to 60 days, "first value"',
    30,
    60,
  ),
];
const [nrr, churn, ttfv] = rows as [ScorecardRow, ScorecardRow, ScorecardRow];

describe('scoreRow', () => {
  it('honours each direction', () => {
    expect(scoreRow(nrr, '112%')).toEqual({ state: 'rated', value: 112, level: 'green' });
    expect(scoreRow(nrr, '95')).toEqual({ state: 'rated', value: 95, level: 'yellow' }); // ≥ 108 × 0.85 = 91.8
    expect(scoreRow(churn, '9')).toEqual({ state: 'rated', value: 9, level: 'green' });
    expect(scoreRow(churn, '15')).toEqual({ state: 'rated', value: 15, level: 'red' }); // > 12 × 1.15 = 13.8
    expect(scoreRow(ttfv, '75')).toEqual({ state: 'rated', value: 75, level: 'red' });
  });

  it('leaves a blank row unrated and explains a bad one', () => {
    expect(scoreRow(nrr, '  ')).toEqual({ state: 'empty' });
    const bad = scoreRow(nrr, '$5');
    expect(bad.state).toBe('invalid');
    expect(describeScore(bad)).toBe('Check the value: A $ sign only belongs in a money field.');
  });

  it('refuses values outside what the KPI can be, instead of rating them', () => {
    const winRate: ScorecardRow = {
      id: 'win-rate',
      name: 'Win rate',
      unit: 'percent',
      direction: 'higher-is-better',
      benchmark: { text: '20 to 35 percent', min: 20, max: 35 },
      limits: limitsOf('percent', {}),
    };
    // Each of these used to rate: 150% and a 39-digit figure "On target", a negative NRR "Off target".
    expect(describeScore(scoreRow(winRate, '150%'))).toBe('Check the value: Win rate cannot exceed 100%.');
    expect(describeScore(scoreRow(winRate, '1'.repeat(39)))).toBe('Check the value: Win rate cannot exceed 100%.');
    expect(describeScore(scoreRow(nrr, '-20%'))).toBe('Check the value: Net revenue retention cannot be negative.');
    expect(describeScore(scoreRow(ttfv, '9'.repeat(39)))).toBe(
      'Check the value: That is too large to be a real figure: check the digits.',
    );
    // The edges are real values, and NRR may pass 100%.
    expect(scoreRow(winRate, '100%')).toMatchObject({ state: 'rated', value: 100 });
    expect(scoreRow(winRate, '0')).toMatchObject({ state: 'rated', value: 0 });
    expect(scoreRow(nrr, '135%')).toEqual({ state: 'rated', value: 135, level: 'green' });
  });

  it("knows each unit's limits and the exceptions the registry declares", () => {
    expect(limitsOf('percent', {})).toEqual({ min: 0, max: 100 });
    expect(limitsOf('percent', { canExceed100: true })).toEqual({ min: 0, max: largestValue });
    expect(limitsOf('currency', { canBeNegative: true })).toEqual({ min: -largestValue, max: largestValue });
    // canExceed100 means nothing outside percentages.
    expect(limitsOf('days', { canExceed100: true })).toEqual({ min: 0, max: largestValue });
  });

  it('tallies levels and sums them up in a sentence', () => {
    const scores = [scoreRow(nrr, '112'), scoreRow(churn, '13'), scoreRow(ttfv, '')];
    expect(tallyScores(scores)).toEqual({ green: 1, yellow: 1, red: 0 });
    expect(summarizeScores(scores)).toBe('2 of 3 KPIs scored: 1 on target, 1 close, 0 off target.');
    expect(summarizeScores([scoreRow(ttfv, '')])).toBe('');
  });
});

describe('buildScorecardCsv', () => {
  it('writes one quoted, formula-safe row per KPI', () => {
    const csv = buildScorecardCsv(rows, {
      'net-revenue-retention': '112',
      'gross-revenue-churn': '-3',
      'time-to-first-value': 'soon',
    });
    expect(csv.split('\r\n')).toEqual([
      'KPI,Unit,Direction,Benchmark,Target min,Target max,Your value,Status',
      'Net revenue retention,percent,Higher is better,108 to 120 percent,108,120,112,On target',
      'Gross revenue churn,percent,Lower is better,Annual gross revenue churn below 8 to 12 percent,8,12,,Check the value: Gross revenue churn cannot be negative.',
      'Time-to-first-value,days,Inside the range,"30 to 60 days, ""first value""",30,60,,"Check the value: ""soon"" is not a number."',
      '',
    ]);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const evil: ScorecardRow = { ...nrr, name: '=HYPERLINK("http://x")' };
    expect(buildScorecardCsv([evil], {})).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
