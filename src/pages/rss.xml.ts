import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArticles, getTrainings, summarize } from '~/lib/content';
import { sortNewestFirst } from '~/lib/entries';

/** A feed reader wants what is new, not the whole library: the feed stays the same size as the library grows. */
const feedSize = 50;

/** The newest guides, industry pages and trainings, newest first. */
export async function GET(context: APIContext) {
  const articles = sortNewestFirst([...(await getArticles()), ...(await getTrainings())]);
  return rss({
    title: 'Pulse library',
    description: 'New guides, industry KPI pages and sales-meeting plans for buyers of fractional sales leadership.',
    site: context.site ?? 'https://pulse.example.org',
    trailingSlash: true,
    items: articles.slice(0, feedSize).map((entry) => {
      const summary = summarize(entry);
      return {
        title: summary.title,
        link: summary.href,
        description: summary.description,
        pubDate: entry.data.published,
        categories: [summary.label, ...entry.data.tags],
      };
    }),
    customData: '<language>en</language>',
  });
}
