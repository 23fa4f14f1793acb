import { describe, expect, it } from 'vitest';
import { resolveDefaults } from '~/lib/calculators/props';
import { calculators } from '~/calculators/registry';

const coverage = calculators['pipeline-coverage'];

describe('resolveDefaults for MDX props', () => {
  it('overrides defaults from numbers and typed text', () => {
    const values = resolveDefaults(
      coverage,
      { target: 750_000, discovery: '$2m', coverageBasis: 'unweighted', instance: 'q3' },
      'PipelineCoverageCalculator',
    );
    expect(values).toMatchObject({
      target: 750_000,
      discovery: 2_000_000,
      coverageBasis: 'unweighted',
      evaluation: 1_000_000,
    });
  });

  it.each([
    [
      { tagret: 1 },
      '<PipelineCoverageCalculator>: unknown prop "tagret". Inputs are: target, coverageBasis, discovery, discoveryProbability, evaluation, evaluationProbability, proposal, proposalProbability, negotiation, negotiationProbability. Did you mean "target"?',
    ],
    [{ target: -5 }, '<PipelineCoverageCalculator>: target={-5} is not usable: Enter $0 or more.'],
    [
      { discoveryProbability: '120%' },
      '<PipelineCoverageCalculator>: discoveryProbability={"120%"} is not usable: Enter 100% or less.',
    ],
    [
      { coverageBasis: 'both' },
      '<PipelineCoverageCalculator>: coverageBasis={"both"} is not usable: Choose Weighted pipeline or Unweighted pipeline.',
    ],
    [{ target: true }, '<PipelineCoverageCalculator>: target must be a number or text such as "$8k", not boolean.'],
  ])('stops the build for %j', (props, message) => {
    expect(() => resolveDefaults(coverage, props, 'PipelineCoverageCalculator')).toThrow(message);
  });
});
