/**
 * Every article's Markdown twin, next to its page: /library/<id>.md beside /library/<id>/,
 * and the same under /industries/ and /training/, for `astro dev`. A build renders them in
 * batches instead (src/pages/pulse-twins/[bundle].ndjson.ts), so here it lists no paths;
 * both call getTwin, and the twin itself is src/lib/twin/article.ts, a pure function.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEveryArticle, getTwin, type Article } from '~/lib/content';
import { sectionSegment } from '~/lib/routes';

export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? (await getEveryArticle()).map((entry) => ({
        // The twin sits in its page's section.
        params: { section: sectionSegment(entry.collection), id: entry.id },
        props: { entry },
      }))
    : []) satisfies GetStaticPaths;

interface Props {
  entry: Article;
}

export const GET: APIRoute<Props> = async ({ props, site, url }) =>
  new Response(await getTwin(props.entry, site ?? url), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
