/** A guide's twin around its body: the answer and steps before, its KPIs after. */
import type { GuideData } from '../../schemas/guide';
import { kpiLink, type TwinKpis, type TwinParts } from './parts';

export function renderGuideParts(data: GuideData, kpis: TwinKpis): TwinParts {
  const before = ['## Quick answer', '', data.quickAnswer];
  if (data.directAnswer) before.push('', data.directAnswer);
  if (data.steps.length) {
    before.push('', '## Steps', '');
    data.steps.forEach((step, index) => before.push(`${index + 1}. **${step.title}**`, `   ${step.detail}`));
  }
  const after = data.kpis.length
    ? ['## KPIs in this guide', '', ...data.kpis.map((ref) => `- ${kpiLink(kpis, ref.id)}`)]
    : [];
  return { before, after };
}
