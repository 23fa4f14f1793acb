/** /llms.txt: the library for language models, linking each article's Markdown twin. */
import type { APIRoute } from 'astro';
import { getGuides, getIndustries, getKpis, getTrainings } from '~/lib/content';
import { fixedRoutes, markdownUrl, type ArticleCollection } from '~/lib/routes';
import { renderLlmsTxt } from '~/lib/twin/llms';

export const GET: APIRoute = async ({ site, url }) => {
  const base = site ?? url;
  const href = (path: string) => new URL(path, base).href;
  const toLink =
    (collection: ArticleCollection) => (entry: { id: string; data: { title: string; description: string } }) => ({
      title: entry.data.title,
      url: href(markdownUrl({ collection, id: entry.id })),
      description: entry.data.description,
    });
  const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'en');
  const kpiCount = (await getKpis()).length;
  const text = renderLlmsTxt({
    name: 'Pulse',
    summary:
      'A library of sales-leadership answers for buyers of fractional sales leadership: question-and-answer guides, ' +
      'one KPI guide per industry with benchmark targets, sixty-minute sales-meeting plans, and a registry that defines ' +
      'each KPI once.',
    guides: (await getGuides()).map(toLink('guides')).sort(byTitle),
    industries: (await getIndustries()).map(toLink('industries')).sort(byTitle),
    trainings: (await getTrainings()).map(toLink('trainings')).sort(byTitle),
    data: [
      {
        title: 'KPI registry with benchmarks (JSON)',
        url: href(fixedRoutes.kpiApi),
        description: `${kpiCount} KPIs, each with its definition, formula, unit and every industry's benchmark.`,
      },
      {
        title: 'JSON Schema of the KPI registry',
        url: href(fixedRoutes.kpiApiSchema),
        description: 'The contract of the JSON above, generated from the content schemas.',
      },
    ],
    optional: [
      { title: 'KPI definitions', url: href(fixedRoutes.kpis), description: 'The registry as web pages.' },
      { title: 'Library', url: href(fixedRoutes.library), description: 'Every guide as a web page.' },
    ],
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
