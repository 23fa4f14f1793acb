/**
 * Each calculator's component, found as <id>/Calculator.astro beside its definition, by
 * tool id and by the name MDX uses (`pipeline-coverage` → `<PipelineCoverageCalculator />`).
 * Only Astro (Vite) loads this module, so the folders are globbed rather than listed again.
 */
import { calculatorIds, mdxNameOf, type CalculatorId } from './registry';

type Component = (props: Record<string, unknown>) => unknown;

const modules = import.meta.glob<{ default: Component }>('./*/Calculator.astro', { eager: true });

function componentOf(id: CalculatorId): Component {
  const module = modules[`./${id}/Calculator.astro`];
  if (!module) throw new Error(`calculator "${id}" is registered but has no src/calculators/${id}/Calculator.astro.`);
  return module.default;
}

const unregistered = Object.keys(modules).filter(
  (path) => !calculatorIds.some((id) => path === `./${id}/Calculator.astro`),
);
if (unregistered.length > 0) {
  throw new Error(
    `${unregistered.join(', ')} in src/calculators/ belong to no registered calculator: add it to registry.ts.`,
  );
}

export const calculatorComponents = Object.fromEntries(calculatorIds.map((id) => [id, componentOf(id)])) as Readonly<
  Record<CalculatorId, Component>
>;

/** The calculators under the names editors write in MDX. */
export const calculatorMdxComponents: Readonly<Record<string, Component>> = Object.fromEntries(
  calculatorIds.map((id) => [mdxNameOf(id), calculatorComponents[id]]),
);
