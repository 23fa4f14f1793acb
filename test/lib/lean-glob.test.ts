import type { DataStore } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { dropRawFrontmatter, withoutRawFrontmatter } from '~/lib/lean-glob';

// What Astro's glob loader stores for a rendered Markdown file (astro/dist/content/loaders/glob.js).
const rendered = {
  id: 'telehealth',
  data: { title: 'Telehealth', published: new Date('2026-01-01') },
  filePath: 'content/industries/telehealth.md',
  digest: 'abc',
  rendered: {
    html: '<p>Body</p>',
    metadata: {
      headings: [{ depth: 2, slug: 'why', text: 'Why' }],
      imagePaths: [],
      frontmatter: { title: 'Telehealth', published: '2026-01-01' },
    },
  },
};

describe('dropRawFrontmatter', () => {
  it('keeps the data, the HTML and the headings, and drops only the raw frontmatter copy', () => {
    const lean = dropRawFrontmatter(rendered);
    expect(lean.rendered?.metadata).toEqual({ headings: rendered.rendered.metadata.headings, imagePaths: [] });
    expect(lean.rendered?.html).toBe('<p>Body</p>');
    expect(lean.data).toBe(rendered.data);
    expect(rendered.rendered.metadata.frontmatter).toBeDefined();
  });

  it('leaves an entry with nothing rendered (a KPI, a data file) as it is', () => {
    const kpi = { id: 'win-rate', data: { name: 'Win rate' } };
    expect(dropRawFrontmatter(kpi)).toBe(kpi);
  });
});

describe('withoutRawFrontmatter', () => {
  it('stores entries without the copy and passes every other call through', () => {
    const saved: unknown[] = [];
    const store = {
      set: (entry: unknown) => saved.push(entry) > 0,
      has: (id: string) => id === 'telehealth',
    } as unknown as DataStore;
    const lean = withoutRawFrontmatter(store);
    expect(lean.set(rendered)).toBe(true);
    expect(saved).toEqual([dropRawFrontmatter(rendered)]);
    expect(lean.has('telehealth')).toBe(true);
  });
});
