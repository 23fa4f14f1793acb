import { describe, expect, it } from 'vitest';
import { readForm } from '~/lib/calculators/field';
import { calculators, calculatorIds, getTool, isToolId, toolIds, tools } from '~/lib/calculators/registry';
import type { Calculator, ResultView } from '~/lib/calculators/tool';

function evaluateDefaults(calculator: Calculator, raws: Record<string, string> = {}): ResultView {
  const reading = readForm(calculator, raws);
  expect(reading.errors).toEqual({});
  const outcome = calculator.evaluate(reading.values);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.value;
}

describe('calculator views at their defaults', () => {
  it('pipeline coverage: 1.56M weighted ÷ 500k = 3.12×, on target', () => {
    const view = evaluateDefaults(calculators['pipeline-coverage']);
    expect(view.headline).toEqual({ label: 'Weighted coverage', text: '3.12×' });
    expect(view.working).toBe('$1,560,000 ÷ $500,000 = 3.12×');
    expect(view.verdicts.map((verdict) => verdict.level)).toEqual(['green']);
    expect(view.lines).toContainEqual({ label: 'Unweighted coverage', text: '7.2×' });
  });

  it('pipeline coverage on the unweighted basis swaps the headline', () => {
    const view = evaluateDefaults(calculators['pipeline-coverage'], { coverageBasis: 'unweighted' });
    expect(view.headline).toEqual({ label: 'Unweighted coverage', text: '7.2×' });
  });

  it("CAC payback: Bessemer's example reads 11 months, on target", () => {
    const view = evaluateDefaults(calculators['cac-payback']);
    expect(view.headline).toEqual({ label: 'CAC payback', text: '11 months' });
    expect(view.working).toBe('$770,000 ÷ (20 × $5,000 × 70%) = 11 months');
    expect(view.verdicts[0]?.level).toBe('green');
  });

  it('NRR and GRR: 105 % and 87 %', () => {
    const view = evaluateDefaults(calculators['nrr-grr']);
    expect(view.headline).toEqual({ label: 'Net revenue retention', text: '105%' });
    expect(view.lines[0]).toEqual({ label: 'Gross revenue retention', text: '87%' });
    expect(view.verdicts.map((verdict) => verdict.level)).toEqual(['yellow', 'yellow']);
  });

  it('gross profit: $39,000 a deal and $2,184,000 a territory', () => {
    const view = evaluateDefaults(calculators['gross-profit']);
    expect(view.headline.text).toBe('$39,000');
    expect(view.working).toBe('($60,000 − $21,000) × 14 deals × 4 reps = $2,184,000 per territory');
  });

  it('fractional CRO: 12 days × $1,000 is $144,000 a year, inside the band', () => {
    const view = evaluateDefaults(calculators['fractional-cro-cost']);
    expect(view.headline.text).toBe('$144,000');
    expect(view.verdicts.map((verdict) => verdict.level)).toEqual(['green', 'green', 'green']);
    const retainer = evaluateDefaults(calculators['fractional-cro-cost'], { pricing: 'retainer', retainer: '$25k' });
    expect(retainer.headline.text).toBe('$300,000');
    expect(retainer.verdicts[0]?.level).toBe('red');
  });

  it('funnel: 30 % win rate and a per-line no result when no pilots ran', () => {
    const view = evaluateDefaults(calculators['funnel-conversion'], { pilots: '0', paidPilots: '0' });
    expect(view.headline.text).toBe('30%');
    expect(view.lines).toContainEqual({
      label: 'Pilot-to-paid',
      text: 'No result: No pilots started, so there is no pilot-to-paid rate.',
    });
  });

  it('every calculator returns a reasoned no result, never NaN or Infinity, for a zeroed form', () => {
    for (const calculator of Object.values(calculators)) {
      const zeros = Object.fromEntries(
        calculator.fields.filter((field) => field.kind === 'number').map((field) => [field.name, '0']),
      );
      const reading = readForm(calculator, zeros);
      const outcome = calculator.evaluate(reading.values);
      const text = JSON.stringify(outcome);
      expect(text, calculator.id).not.toMatch(/NaN|Infinity/);
      expect(outcome.ok, calculator.id).toBe(false);
      if (!outcome.ok) expect(outcome.reason.length, calculator.id).toBeGreaterThan(10);
    }
  });
});

describe('registry', () => {
  it('lists each tool once, with a page path', () => {
    expect(tools.map((tool) => tool.id)).toEqual([...toolIds]);
    expect(getTool('kpi-scorecard').path).toBe('/tools/kpi-scorecard/');
    for (const id of calculatorIds) expect(calculators[id].id).toBe(id);
  });

  it('recognises ids', () => {
    expect(isToolId('cac-payback')).toBe(true);
    expect(isToolId('cac-paybak')).toBe(false);
  });

  it('gives every field a name no other calculator uses, so two calculators can share a page and its URL', () => {
    const names = Object.values(calculators).flatMap((calculator) => calculator.fields.map((field) => field.name));
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    for (const calculator of Object.values(calculators)) {
      for (const field of calculator.fields)
        expect(field.label.length, `${calculator.id}.${field.name}`).toBeGreaterThan(2);
    }
  });
});
