import type { DataStore } from 'astro/loaders';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dropRawFrontmatter, withoutMovedFiles, withoutRawFrontmatter } from '~/lib/lean-glob';

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

describe('withoutMovedFiles', () => {
  // Astro 7.3.5's glob loader answers an unchanged file from its cache by id and digest, so
  // x.mdx renamed to x.md kept the .mdx path and the next build failed to import it.
  const root = mkdtempSync(join(tmpdir(), 'pulse-moved-'));
  mkdirSync(join(root, 'content/guides'), { recursive: true });
  writeFileSync(join(root, 'content/guides/kept.md'), '---\ntitle: Kept\n---\n');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function storeOf(entries: Record<string, { id: string; filePath?: string }>) {
    const deleted: string[] = [];
    const store = {
      get: (key: string) => entries[key],
      delete: (key: string) => void deleted.push(key),
    } as unknown as DataStore;
    return { store: withoutMovedFiles(store, root), deleted };
  }

  it('forgets an entry whose file is gone, so the loader reads the renamed file afresh', () => {
    const { store, deleted } = storeOf({ moved: { id: 'moved', filePath: 'content/guides/moved.mdx' } });
    expect(store.get('moved')).toBeUndefined();
    expect(deleted).toEqual(['moved']);
  });

  it('answers as before for an entry whose file is there, one with no file, and none at all', () => {
    const kept = { id: 'kept', filePath: 'content/guides/kept.md' };
    const data = { id: 'win-rate' };
    const { store, deleted } = storeOf({ kept, 'win-rate': data });
    expect(store.get('kept')).toBe(kept);
    expect(store.get('win-rate')).toBe(data);
    expect(store.get('missing')).toBeUndefined();
    expect(deleted).toEqual([]);
  });
});
