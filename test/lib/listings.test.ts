import { describe, expect, it } from 'vitest';
import { listingPaths, listings } from '~/lib/listings';
import { pageSize } from '~/lib/pagination';
import { articleCollections, sections } from '~/lib/routes';

describe('listingPaths', () => {
  it('puts page 1 at the section address and later pages under it, each knowing its collection', () => {
    const items = Array.from({ length: pageSize + 1 }, (_, index) => index);
    const paths = listingPaths('industries', items);
    expect(paths.map(({ params }) => params)).toEqual([
      { section: 'industries', page: undefined },
      { section: 'industries', page: 'page/2' },
    ]);
    expect(paths.map(({ props }) => [props.collection, props.page.href, props.page.items.length])).toEqual([
      ['industries', '/industries/', pageSize],
      ['industries', '/industries/page/2/', 1],
    ]);
  });

  it('gives the training list the segment its entries live under, not the collection name', () => {
    expect(listingPaths('trainings', ['a']).map(({ params }) => params.section)).toEqual(['training']);
    expect(listingPaths('guides', ['a']).map(({ params }) => params.section)).toEqual(['library']);
  });
});

describe('listings', () => {
  it.each(articleCollections)(
    'names the %s list as its section does, with its own title and description',
    (collection) => {
      const words = listings[collection];
      expect(words.heading).toBe(sections[collection].name);
      expect(words.title.length).toBeGreaterThan(10);
      expect(words.description.length).toBeGreaterThan(40);
    },
  );

  it('never gives two lists one title or description', () => {
    const words = Object.values(listings);
    expect(new Set(words.map((w) => w.title)).size).toBe(words.length);
    expect(new Set(words.map((w) => w.description)).size).toBe(words.length);
  });
});
