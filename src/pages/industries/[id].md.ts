/** The industry KPI guide as clean Markdown at /industries/<id>.md, next to its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBodySource, getIndustries, getKpis, type Industry } from '~/lib/content';
import { entryUrl } from '~/lib/routes';
import { renderIndustryMarkdown, type IndustryExport } from '~/lib/markdown-export';

export const getStaticPaths = (async () => {
  const names = new Map((await getKpis()).map((kpi) => [kpi.id, kpi.data.name]));
  return (await getIndustries()).map((entry) => {
    const kpis = entry.data.kpis.map((item) => ({
      ...item,
      id: item.kpi.id,
      name: names.get(item.kpi.id) ?? item.kpi.id,
    }));
    return { params: { id: entry.id }, props: { entry, kpis } };
  });
}) satisfies GetStaticPaths;

interface Props {
  entry: Industry;
  kpis: IndustryExport['kpis'];
}

export const GET: APIRoute<Props> = ({ props, site, url }) => {
  // The unfinished-body check runs on the page route (getArticlePage), which every build renders.
  const body = getBodySource(props.entry);
  const base = site ?? url;
  const page = new URL(entryUrl(props.entry), base).href;
  const markdown = renderIndustryMarkdown({ ...props.entry.data, kpis: props.kpis }, body, {
    page,
    site: base,
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
