/**
 * Turns content entries (the shape `getCollection()` returns) into related records.
 * Structural types only, so this stays free of `astro:content` and tests can pass
 * plain objects.
 */
import type { GuideData } from '../../schemas/guide';
import type { IndustryData } from '../../schemas/industry';
import type { KpiData } from '../../schemas/kpi';
import { toPlainText } from './text';
import type { RelatedRecord } from './types';

interface Entry<Data> {
  id: string;
  body?: string | undefined;
  data: Data;
}

type GuideFields = Pick<
  GuideData,
  | 'title'
  | 'description'
  | 'tags'
  | 'draft'
  | 'quickAnswer'
  | 'directAnswer'
  | 'steps'
  | 'faq'
  | 'searchTerms'
  | 'industry'
  | 'related'
> & { kpis: readonly { id: string }[] };
type IndustryFields = Pick<
  IndustryData,
  'title' | 'description' | 'tags' | 'draft' | 'industry' | 'summary' | 'segments' | 'checklist' | 'faq' | 'related'
> & { kpis: readonly { kpi: { id: string }; measures: string; why: string }[] };
type KpiFields = Pick<KpiData, 'name' | 'definition' | 'formula' | 'category' | 'notes'>;
/** Pages may list tools (`tools: [pipeline-coverage]`); the field arrives with the calculators. */
type WithTools = { tools?: readonly string[] | undefined };

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

const faqText = (faq: readonly { question: string; answer: string }[]) =>
  faq.flatMap((item) => [item.question, item.answer]);

export function toGuideRecord(entry: Entry<GuideFields & WithTools>): RelatedRecord {
  const { data } = entry;
  return {
    collection: 'guides',
    id: entry.id,
    title: data.title,
    description: data.description,
    industry: data.industry,
    kpis: data.kpis.map((ref) => ref.id),
    topics: [...data.tags, ...data.searchTerms, ...(data.tools ?? []).map(toolTopic)],
    related: data.related,
    draft: data.draft,
    text: [
      data.quickAnswer,
      data.directAnswer ?? '',
      ...data.steps.flatMap((step) => [step.title, step.detail]),
      ...faqText(data.faq),
      toPlainText(entry.body ?? ''),
    ].join('\n'),
  };
}

export function toIndustryRecord(entry: Entry<IndustryFields & WithTools>): RelatedRecord {
  const { data } = entry;
  return {
    collection: 'industries',
    id: entry.id,
    title: data.title,
    description: data.description,
    industry: data.industry,
    kpis: data.kpis.map((item) => item.kpi.id),
    topics: [...data.tags, ...(data.tools ?? []).map(toolTopic)],
    related: data.related,
    draft: data.draft,
    text: [
      data.summary,
      ...data.segments,
      ...data.kpis.flatMap((item) => [item.measures, item.why]),
      ...data.checklist,
      ...faqText(data.faq),
      toPlainText(entry.body ?? ''),
    ].join('\n'),
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
