/**
 * Every article's Markdown twin in one response, which src/integrations/twins.ts splits
 * into /library/<id>.md and its siblings when the build is done (src/lib/twin/bundle.ts
 * says why one route, not one per article). The twin itself is src/lib/twin/article.ts.
 */
import type { APIRoute } from 'astro';
import { getEveryArticle, getTwin } from '~/lib/content';
import { markdownUrl } from '~/lib/routes';
import { encodeTwins } from '~/lib/twin/bundle';

export const GET: APIRoute = async ({ site, url }) => {
  const articles = await getEveryArticle();
  const twins = await Promise.all(
    articles.map(async (entry) => ({ path: markdownUrl(entry).slice(1), markdown: await getTwin(entry, site ?? url) })),
  );
  return new Response(encodeTwins(twins), { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
};
