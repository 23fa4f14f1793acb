/** The industry KPI guide as clean Markdown at /industries/<id>.md. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertBodyFinished } from '~/lib/lint/todo';
import { renderIndustryMarkdown } from '~/lib/markdown-export';

export const getStaticPaths = (async () => {
  const industries = await getCollection('industries', ({ data }) => import.meta.env.DEV || !data.draft);
  const names = new Map((await getCollection('kpis')).map((kpi) => [kpi.id, kpi.data.name]));
  return industries.map((entry) => {
    assertBodyFinished(entry);
    const kpis = entry.data.kpis.map((item) => ({
      ...item,
      id: item.kpi.id,
      name: names.get(item.kpi.id) ?? item.kpi.id,
    }));
    return { params: { id: entry.id }, props: { entry, kpis } };
  });
}) satisfies GetStaticPaths;

interface Props {
  entry: CollectionEntry<'industries'>;
  kpis: Parameters<typeof renderIndustryMarkdown>[0]['kpis'];
}

export const GET: APIRoute<Props> = ({ props, site, url }) => {
  const base = site ?? url;
  const page = new URL(`/industries/${props.entry.id}/`, base).href;
  const markdown = renderIndustryMarkdown({ ...props.entry.data, kpis: props.kpis }, props.entry.body ?? '', {
    page,
    site: base,
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
