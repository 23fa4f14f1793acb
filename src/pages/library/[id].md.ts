/** The guide as clean Markdown at /library/<id>.md, next to its page at /library/<id>/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertBodyFinished } from '~/lib/lint/todo';
import { renderGuideMarkdown } from '~/lib/markdown-export';

export const getStaticPaths = (async () => {
  const guides = await getCollection('guides', ({ data }) => import.meta.env.DEV || !data.draft);
  const names = new Map((await getCollection('kpis')).map((kpi) => [kpi.id, kpi.data.name]));
  return guides.map((entry) => {
    assertBodyFinished(entry);
    return {
      params: { id: entry.id },
      props: { entry, kpis: entry.data.kpis.map(({ id }) => ({ id, name: names.get(id) ?? id })) },
    };
  });
}) satisfies GetStaticPaths;

interface Props {
  entry: CollectionEntry<'guides'>;
  kpis: { id: string; name: string }[];
}

export const GET: APIRoute<Props> = ({ props, site, url }) => {
  const base = site ?? url;
  const page = new URL(`/library/${props.entry.id}/`, base).href;
  const markdown = renderGuideMarkdown({ ...props.entry.data, kpis: props.kpis }, props.entry.body ?? '', {
    page,
    site: base,
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
