/**
 * The paginated list of each article collection (/library/, /industries/, /training/):
 * its wording and its pages, for the one route that renders them all
 * (src/pages/[section]/[...page].astro).
 */
import { toPagePaths } from './pagination';
import { sectionSegment, sections, type ArticleCollection } from './routes';

export interface ListingWords {
  /** The h1 and the crumb: the section's name. */
  heading: string;
  title: string;
  description: string;
  /** What the list holds, for the pager: "guides". */
  noun: string;
}

export const listings: Readonly<Record<ArticleCollection, ListingWords>> = {
  guides: {
    heading: sections.guides.name,
    title: 'Library: guides for buyers of fractional sales leadership',
    description: 'Question-and-answer guides on hiring, paying and measuring fractional sales leaders, newest first.',
    noun: 'guides',
  },
  industries: {
    heading: sections.industries.name,
    title: 'Sales KPIs by industry',
    description:
      'One page per industry: the sales KPIs that matter there, what each measures, why it matters and the target to aim for.',
    noun: 'industries',
  },
  trainings: {
    heading: sections.trainings.name,
    title: 'Training: 60-minute sales-meeting plans',
    description:
      'Ready-to-run sixty-minute team meetings for sales managers: objectives, a timed run-sheet, exercises and the KPI to watch afterwards, newest first.',
    noun: 'trainings',
  },
};

/**
 * `getStaticPaths` entries of a collection's list: page 1 at the section's address
 * (`/library/`), later pages under it (`/library/page/2/`), each knowing its collection.
 */
export function listingPaths<T>(collection: ArticleCollection, items: readonly T[]) {
  return toPagePaths(items, sections[collection].path, { collection }).map(({ params, props }) => ({
    params: { section: sectionSegment(collection), ...params },
    props,
  }));
}
