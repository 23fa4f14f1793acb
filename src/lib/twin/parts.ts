/** What each collection's twin sections share: the KPI facts they read and the shape they return. */
import type { Direction } from '../../schemas/kpi';
import { kpiUrl } from '../routes';

/** What the twin needs of a KPI the article names. */
export interface TwinKpi {
  name: string;
  direction: Direction;
}

/** The KPI registry, by id. */
export interface TwinKpis {
  get(id: string): TwinKpi | undefined;
}

/** The frontmatter sections before and after the body, as Markdown with site-relative links. */
export interface TwinParts {
  before: string[];
  after: string[];
}

/** A KPI as a link to its page, named as the registry names it. */
export function kpiLink(kpis: TwinKpis, id: string): string {
  return `[${kpis.get(id)?.name ?? id}](${kpiUrl(id)})`;
}
