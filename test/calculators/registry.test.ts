import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  calculatorIds,
  calculators,
  checkToolPages,
  getTool,
  isToolId,
  mdxNameOf,
  toolIds,
  tools,
} from '~/calculators/registry';
import { readForm } from '~/lib/calculators/field';

describe('every calculator', () => {
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

  it('names each calculator for MDX from its id', () => {
    expect(mdxNameOf('fractional-cro-cost')).toBe('FractionalCroCostCalculator');
    expect(mdxNameOf('nrr-grr')).toBe('NrrGrrCalculator');
  });

  it('has page prose in content/tools/ for every tool, and none for a tool it lacks', () => {
    const folder = fileURLToPath(new URL('../../content/tools/', import.meta.url));
    const pageIds = readdirSync(folder).map((file) => file.replace(/\.md$/, ''));
    expect(checkToolPages(pageIds)).toEqual([]);
  });

  it('says which file is missing or unexpected when the prose and the registry disagree', () => {
    const pageIds = [...toolIds.filter((id) => id !== 'nrr-grr'), 'churn-rate'];
    expect(checkToolPages(pageIds)).toEqual([
      'tool "nrr-grr" is registered but has no page prose: add content/tools/nrr-grr.md.',
      expect.stringMatching(
        /^content\/tools\/churn-rate\.md describes no registered tool: rename it to one of pipeline-coverage, /,
      ),
    ]);
  });
});
