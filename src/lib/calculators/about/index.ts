import type { ToolId } from '../registry';
import { cacPaybackAbout } from './cac-payback';
import { fractionalCroCostAbout } from './fractional-cro-cost';
import { funnelConversionAbout } from './funnel-conversion';
import { grossProfitAbout } from './gross-profit';
import { kpiScorecardAbout } from './kpi-scorecard';
import { nrrGrrAbout } from './nrr-grr';
import { pipelineCoverageAbout } from './pipeline-coverage';
import type { ToolAbout } from './types';

export type { ToolAbout } from './types';

export const abouts: Readonly<Record<ToolId, ToolAbout>> = {
  'pipeline-coverage': pipelineCoverageAbout,
  'cac-payback': cacPaybackAbout,
  'nrr-grr': nrrGrrAbout,
  'gross-profit': grossProfitAbout,
  'fractional-cro-cost': fractionalCroCostAbout,
  'funnel-conversion': funnelConversionAbout,
  'kpi-scorecard': kpiScorecardAbout,
};
