/**
 * The calculators under the names editors write in MDX (`pipeline-coverage` →
 * `<PipelineCoverageCalculator />`): each is the one Calculator.astro with its definition
 * bound, built with Astro's JSX runtime, which is how MDX renders every component.
 */
import { jsx } from 'astro/jsx-runtime';
import Calculator, { type EmbedProps } from '~/components/calculators/Calculator.astro';
import { calculatorIds, calculators, mdxNameOf, type CalculatorId } from './registry';

type Component = (props: EmbedProps & { children?: unknown }) => unknown;

/** MDX also passes `children`; a calculator has none, and every other prop is one of its inputs. */
const bindCalculator =
  (id: CalculatorId): Component =>
  ({ children: _children, ...embed }) =>
    jsx(Calculator, { calculator: calculators[id], embed });

export const calculatorMdxComponents: Readonly<Record<string, Component>> = Object.fromEntries(
  calculatorIds.map((id) => [mdxNameOf(id), bindCalculator(id)]),
);
