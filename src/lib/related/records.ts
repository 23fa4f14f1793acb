/**
 * Turns library pages into related records: articles through the article model, KPIs
 * and tools from their own data. Structural types only, so tests can pass plain objects.
 */
import type { ArticleModel } from '../article';
import type { KpiData } from '../../schemas/kpi';
import type { RelatedRecord } from './types';

interface Entry<Data> {
  id: string;
  data: Data;
}

type KpiFields = Pick<KpiData, 'name' | 'definition' | 'formula' | 'category' | 'notes'>;

/** A page that lists a tool and the tool itself share this keyword, which relates them. */
const toolTopic = (id: string) => `tool:${id}`;

/** A calculator or scorecard, as the tools registry describes it. */
export interface ToolInput {
  id: string;
  title: string;
  summary: string;
  /** Registry KPIs the tool computes or rates. */
  kpis?: readonly string[];
}

/**
 * A guide or industry page, from the article model and the plain text a reader reads
 * (getArticleText): the same parts the page shows, nothing more.
 */
export function toArticleRecord(model: ArticleModel, text: string): RelatedRecord {
  return {
    collection: model.collection,
    id: model.id,
    title: model.title,
    description: model.description,
    industry: model.industry,
    kpis: model.kpiIds,
    topics: [...model.topics, ...model.tools.map(toolTopic)],
    related: model.related,
    draft: model.draft,
    text,
  };
}

/** A KPI page "covers" its own KPI, which is what links it to the articles that use it. */
export function toKpiRecord(entry: Entry<KpiFields>): RelatedRecord {
  const { data } = entry;
  return {
    collection: 'kpis',
    id: entry.id,
    title: data.name,
    description: data.definition,
    kpis: [entry.id],
    topics: [data.category],
    related: [],
    draft: false,
    text: [data.definition, data.formula, data.notes ?? ''].join('\n'),
  };
}

export function toToolRecord(tool: ToolInput): RelatedRecord {
  return {
    collection: 'tools',
    id: tool.id,
    title: tool.title,
    description: tool.summary,
    kpis: tool.kpis ?? [],
    topics: [toolTopic(tool.id)],
    related: [],
    draft: false,
    text: tool.summary,
  };
}
