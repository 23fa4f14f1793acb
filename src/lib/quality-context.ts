/**
 * What the quality badge needs from the whole library, built once per build rather than
 * once per page: the site's link index and the date the build treats as "now".
 */
import { getBuildDate } from './build-date';
import { getGuides, getIndustries, getKpis } from './content';
import { createSiteIndex } from './lint/site-index';
import { knownToolIds } from './lint/tool-ids';
import type { QualityContext } from './quality';

let context: Promise<QualityContext> | undefined;

export function getQualityContext(): Promise<QualityContext> {
  context ??= Promise.all([getGuides(), getIndustries(), getKpis()]).then(([guides, industries, kpis]) => ({
    now: getBuildDate(),
    site: createSiteIndex({
      guides: guides.map((guide) => guide.id),
      industries: industries.map((page) => page.id),
      kpis: kpis.map((kpi) => kpi.id),
      topicTerms: [
        ...guides.flatMap((guide) => [...guide.data.tags, ...guide.data.searchTerms]),
        ...industries.flatMap((page) => page.data.tags),
      ],
      tools: knownToolIds,
    }),
  }));
  return context;
}
