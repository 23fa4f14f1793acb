/** The training plan as clean Markdown at /training/<id>.md, next to its page at /training/<id>/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBodySource, getKpisById, getTrainings, type Training } from '~/lib/content';
import { entryUrl } from '~/lib/routes';
import { renderTrainingMarkdown } from '~/lib/markdown-export-training';

export const getStaticPaths = (async () =>
  (await getTrainings()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

interface Props {
  entry: Training;
}

export const GET: APIRoute<Props> = async ({ props, site, url }) => {
  const { data } = props.entry;
  const byId = await getKpisById();
  const named = (id: string) => ({ id, name: byId.get(id)?.data.name ?? id });
  const base = site ?? url;
  const markdown = renderTrainingMarkdown(
    {
      ...data,
      kpis: data.kpis.map((ref) => named(ref.id)),
      followUp: data.followUp && { ...data.followUp, kpi: named(data.followUp.kpi.id) },
    },
    getBodySource(props.entry),
    { page: new URL(entryUrl(props.entry), base).href, site: base },
  );
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
