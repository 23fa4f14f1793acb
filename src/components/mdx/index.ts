/**
 * Components editors may use inside MDX guides. Pass this object to the rendered
 * content — `<Content components={mdxComponents} />` — so a guide can write
 * `<PipelineCoverageCalculator target="$750k" />` without importing anything.
 */
import ApplyThis from '../calculators/ApplyThis.astro';
import CacPaybackCalculator from '../calculators/CacPaybackCalculator.astro';
import FractionalCroCostCalculator from '../calculators/FractionalCroCostCalculator.astro';
import FunnelConversionCalculator from '../calculators/FunnelConversionCalculator.astro';
import GrossProfitCalculator from '../calculators/GrossProfitCalculator.astro';
import NrrGrrCalculator from '../calculators/NrrGrrCalculator.astro';
import PipelineCoverageCalculator from '../calculators/PipelineCoverageCalculator.astro';

export {
  ApplyThis,
  CacPaybackCalculator,
  FractionalCroCostCalculator,
  FunnelConversionCalculator,
  GrossProfitCalculator,
  NrrGrrCalculator,
  PipelineCoverageCalculator,
};

export const mdxComponents = {
  ApplyThis,
  CacPaybackCalculator,
  FractionalCroCostCalculator,
  FunnelConversionCalculator,
  GrossProfitCalculator,
  NrrGrrCalculator,
  PipelineCoverageCalculator,
};
