/**
 * The articles' Markdown twins in batches, one response per batch, which
 * src/integrations/twins.ts splits into /library/<id>.md and its siblings when the build
 * is done (src/lib/twin/bundle.ts says why batches). The twin itself is src/lib/twin/article.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEveryArticle, getTwin, type Article } from '~/lib/content';
import { markdownUrl } from '~/lib/routes';
import { batches, encodeTwins } from '~/lib/twin/bundle';

export const getStaticPaths = (async () =>
  batches(await getEveryArticle()).map((entries, index) => ({
    params: { bundle: String(index + 1) },
    props: { entries },
  }))) satisfies GetStaticPaths;

interface Props {
  entries: readonly Article[];
}

export const GET: APIRoute<Props> = async ({ props, site, url }) => {
  const twins = [];
  for (const entry of props.entries) {
    twins.push({ path: markdownUrl(entry).slice(1), markdown: await getTwin(entry, site ?? url) });
  }
  return new Response(encodeTwins(twins), { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
};
