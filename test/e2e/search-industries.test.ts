/**
 * A reader who types an industry's name into search finds that industry's KPI guide first,
 * for every industry in the library. Names are read from the content files, so a new
 * industry page is checked the day it is added.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { readContentFile } from '~/lib/markdown/content-file';
import { entryUrl } from '~/lib/routes';
import { useBrowser } from './browser';

const folder = new URL('../../content/industries/', import.meta.url);
const industries = readdirSync(folder)
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => {
    const data = readContentFile(new URL(file, folder).pathname).frontmatter.data as {
      industry: string;
      draft?: boolean;
    };
    return {
      name: data.industry,
      draft: data.draft,
      url: entryUrl({ collection: 'industries', id: file.replace(/\.mdx?$/, '') }),
    };
  })
  .filter((industry) => !industry.draft);

const browser = useBrowser();

describe('searching for an industry by name', () => {
  it('covers every published industry page', () => {
    expect(industries.length).toBeGreaterThanOrEqual(15);
  });

  it.for(industries)('"$name" lists $url first', async ({ name, url }) => {
    const page = await browser().newPage();
    await page.goto(`${inject('origin')}/search/?q=${encodeURIComponent(name)}`);
    const first = page.locator('[data-search-results] .search-result__link').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe(url);
    await page.close();
  });
});
