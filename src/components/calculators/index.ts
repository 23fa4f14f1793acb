/** Calculator components by tool id, for routes that pick one at build time. */
import type { CalculatorId } from '~/lib/calculators/registry';
import CacPaybackCalculator from './CacPaybackCalculator.astro';
import FractionalCroCostCalculator from './FractionalCroCostCalculator.astro';
import FunnelConversionCalculator from './FunnelConversionCalculator.astro';
import GrossProfitCalculator from './GrossProfitCalculator.astro';
import NrrGrrCalculator from './NrrGrrCalculator.astro';
import PipelineCoverageCalculator from './PipelineCoverageCalculator.astro';

export const calculatorComponents = {
  'pipeline-coverage': PipelineCoverageCalculator,
  'cac-payback': CacPaybackCalculator,
  'nrr-grr': NrrGrrCalculator,
  'gross-profit': GrossProfitCalculator,
  'fractional-cro-cost': FractionalCroCostCalculator,
  'funnel-conversion': FunnelConversionCalculator,
} satisfies Record<CalculatorId, unknown>;
