/** The guide as clean Markdown at /library/<id>.md, next to its page at /library/<id>/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBodySource, getGuides, getKpis, type Guide } from '~/lib/content';
import { entryUrl } from '~/lib/routes';
import { renderGuideMarkdown } from '~/lib/markdown-export';

export const getStaticPaths = (async () => {
  const names = new Map((await getKpis()).map((kpi) => [kpi.id, kpi.data.name]));
  return (await getGuides()).map((entry) => {
    const kpis = entry.data.kpis.map(({ id }) => ({ id, name: names.get(id) ?? id }));
    return { params: { id: entry.id }, props: { entry, kpis } };
  });
}) satisfies GetStaticPaths;

interface Props {
  entry: Guide;
  kpis: { id: string; name: string }[];
}

export const GET: APIRoute<Props> = ({ props, site, url }) => {
  // The unfinished-body check runs on the page route (getArticlePage), which every build renders.
  const body = getBodySource(props.entry);
  const base = site ?? url;
  const page = new URL(entryUrl(props.entry), base).href;
  const markdown = renderGuideMarkdown({ ...props.entry.data, kpis: props.kpis }, body, {
    page,
    site: base,
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
