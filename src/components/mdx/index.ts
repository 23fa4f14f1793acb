/**
 * Components editors may use inside MDX guides. Pass this object to the rendered
 * content — `<Content components={mdxComponents} />` — so a guide can write
 * `<PipelineCoverageCalculator target="$750k" />` without importing anything.
 */
import { calculatorMdxComponents } from '~/calculators/components';
import ApplyThis from '../calculators/ApplyThis.astro';

export { ApplyThis };

/** Every registered calculator is here under its MDX name (see src/calculators/registry.ts). */
export const mdxComponents = {
  ApplyThis,
  ...calculatorMdxComponents,
};
