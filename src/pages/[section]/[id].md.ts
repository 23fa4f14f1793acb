/**
 * Every article's Markdown twin, next to its page: /library/<id>.md beside /library/<id>/,
 * and the same under /industries/ and /training/. One route for every article collection
 * (routes.ts lists them); the twin itself is src/lib/twin/article.ts, a pure function.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArticleEntry } from '~/lib/article';
import { getBodyMarkup, getEveryArticle, getKpisById, type Article } from '~/lib/content';
import { sectionSegment } from '~/lib/routes';
import { renderTwin } from '~/lib/twin/article';

export const getStaticPaths = (async () =>
  (await getEveryArticle()).map((entry) => ({
    // The twin sits in its page's section.
    params: { section: sectionSegment(entry.collection), id: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

interface Props {
  entry: Article;
}

export const GET: APIRoute<Props> = async ({ props, site, url }) => {
  // The unfinished-body check runs on the page route (getArticlePage), which every build renders.
  const registry = await getKpisById();
  const markdown = renderTwin({
    entry: props.entry as ArticleEntry,
    body: getBodyMarkup(props.entry),
    kpis: { get: (id) => registry.get(id)?.data },
    site: site ?? url,
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
