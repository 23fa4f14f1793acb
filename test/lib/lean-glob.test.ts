import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  asWrittenLoader,
  dropRawFrontmatter,
  readEntryInfo,
  withFieldsAsWritten,
  withoutMovedFiles,
  withoutRawFrontmatter,
  type EntryInfo,
  type EntryType,
} from '~/lib/lean-glob';
import { readContentFile, readFields } from '~/lib/markdown/content-file';

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

describe('readEntryInfo', () => {
  const root = mkdtempSync(join(tmpdir(), 'pulse-entry-info-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    writeFileSync(join(root, name), text);
    return join(root, name);
  };

  it('gives a Markdown file its fields as written and its body trimmed, as Astro would', () => {
    const path = write(
      'page.md',
      '---\ntitle: Telehealth\npublished: 2026-02-30\nslug: tele\n---\n\n## Why\n\nBody.\n\n',
    );
    expect(readEntryInfo(path)).toEqual({
      data: { title: 'Telehealth', published: '2026-02-30', slug: 'tele' },
      body: '## Why\n\nBody.',
      slug: 'tele',
      rawData: 'title: Telehealth\npublished: 2026-02-30\nslug: tele',
    });
  });

  it('gives a YAML data file its fields and its text, with no body', () => {
    const path = write('win-rate.yaml', 'name: Win rate\nunit: percent\n');
    expect(readEntryInfo(path)).toEqual({
      data: { name: 'Win rate', unit: 'percent' },
      rawData: 'name: Win rate\nunit: percent\n',
    });
  });

  it('has nothing for fields that do not parse or are not a mapping, or a file without any', () => {
    expect(readEntryInfo(write('broken.md', '---\ntitle: [unclosed\n---\nBody.'))).toBeUndefined();
    expect(readEntryInfo(write('list.md', '---\n- a\n- b\n---\nBody.'))).toBeUndefined();
    expect(readEntryInfo(write('bare.md', 'Body only.'))).toBeUndefined();
  });

  it("reads every content file's and fixture's body as Astro's Markdown entry type does", () => {
    const files = ['content', 'test/fixtures'].flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.mdx?$/.test(name))
        .map((name) => resolve(folder, name)),
    );
    expect(files.length).toBeGreaterThan(50);
    for (const path of files) {
      const astro = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
      expect({ path, body: readEntryInfo(path)?.body }).toEqual({ path, body: astro.content.trim() });
    }
  });
});

describe('withFieldsAsWritten', () => {
  const root = mkdtempSync(join(tmpdir(), 'pulse-entry-types-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const good = join(root, 'good.md');
  const broken = join(root, 'broken.md');
  writeFileSync(good, '---\ntitle: Good\nupdated: 2026-03-01\n---\nBody.');
  writeFileSync(broken, '---\ntitle: [unclosed\n---\nBody.');

  // Stands in for Astro's entry types: it answers with Date objects, as js-yaml's default schema does.
  const astroInfo: EntryInfo = { data: { title: 'Good', updated: new Date('2026-03-01') } };
  const astroType: EntryType & { extensions: string[] } = {
    extensions: ['.md'],
    getEntryInfo: ({ fileUrl }) => {
      if (fileUrl.pathname.endsWith('broken.md')) throw new Error('YAML error at broken.md:2');
      return astroInfo;
    },
  };
  const jsonType: EntryType = { getEntryInfo: () => ({ data: { from: 'astro' } }) };

  it('answers from the one parse, dates as written, and says which data it made', async () => {
    const made: object[] = [];
    const types = withFieldsAsWritten(new Map([['.md', astroType]]), (data) => made.push(data));
    const info = await types.get('.md')?.getEntryInfo({ fileUrl: pathToFileURL(good), contents: '' });
    expect(info?.data).toEqual({ title: 'Good', updated: '2026-03-01' });
    expect(info?.data).toEqual(readFields(readContentFile(good)));
    expect(made).toEqual([info?.data]);
    expect(types.get('.md')).toHaveProperty('extensions', ['.md']);
  });

  it("leaves fields that do not parse to Astro's parser, so its located error still stops the build", () => {
    const made: object[] = [];
    const types = withFieldsAsWritten(new Map([['.md', astroType]]), (data) => made.push(data));
    expect(() => types.get('.md')?.getEntryInfo({ fileUrl: pathToFileURL(broken), contents: '' })).toThrow(
      'YAML error at broken.md:2',
    );
    expect(made).toEqual([]);
  });

  it('keeps the entry types of formats Pulse does not read', () => {
    const types = withFieldsAsWritten(
      new Map([
        ['.md', astroType],
        ['.json', jsonType],
      ]),
      () => {},
    );
    expect(types.get('.json')).toBe(jsonType);
    expect(types.size).toBe(2);
  });
});

describe('asWrittenLoader', () => {
  const root = mkdtempSync(join(tmpdir(), 'pulse-as-written-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const path = join(root, 'page.md');
  writeFileSync(path, '---\ntitle: Page\npublished: 2026-02-30\n---\nBody.');
  // What Astro's own parse hands over: the impossible date already rolled over to 2 March.
  const astroData = { title: 'Page', published: new Date('2026-03-02') };
  const astroType: EntryType = { getEntryInfo: () => ({ data: astroData }) };

  /** Runs `inner` as the glob loader would be run, and returns the data the schema was given. */
  async function load(
    inner: (context: LoaderContext & { entryTypes?: Map<string, EntryType> }) => Promise<void>,
    withTypes: boolean,
  ) {
    const parsed: unknown[] = [];
    const stored: unknown[] = [];
    const context = {
      ...(withTypes ? { entryTypes: new Map([['.md', astroType]]) } : {}),
      store: { set: (entry: unknown) => stored.push(entry) > 0 } as unknown as DataStore,
      parseData: async (entry: { data: unknown }) => {
        parsed.push(entry.data);
        return entry.data;
      },
    } as unknown as LoaderContext;
    const loader: Loader = { name: 'fake-glob', load: inner as Loader['load'] };
    await asWrittenLoader(loader, root).load(context);
    return { parsed, stored };
  }

  it('hands the schema the fields its entry types read, dates as written, without reading them again', async () => {
    const { parsed } = await load(async (context) => {
      const info = await context.entryTypes!.get('.md')!.getEntryInfo({ fileUrl: pathToFileURL(path), contents: '' });
      expect(info.data).toEqual({ title: 'Page', published: '2026-02-30' });
      // Had parseData read the file again, it would find this newer text.
      writeFileSync(path, '---\ntitle: Changed\npublished: 2026-02-30\n---\nBody.');
      utimesSync(path, new Date(), new Date(Date.now() + 5_000));
      await context.parseData({ id: 'page', data: info.data, filePath: path });
      writeFileSync(path, '---\ntitle: Page\npublished: 2026-02-30\n---\nBody.');
      utimesSync(path, new Date(), new Date(Date.now() + 10_000));
    }, true);
    expect(parsed).toEqual([{ title: 'Page', published: '2026-02-30' }]);
  });

  it("reads the fields itself when the data came another way, so Astro's rolled-over date never reaches the schema", async () => {
    const { parsed } = await load(async (context) => {
      expect(context.entryTypes).toBeUndefined();
      await context.parseData({ id: 'page', data: astroData, filePath: path });
    }, false);
    expect(parsed).toEqual([{ title: 'Page', published: '2026-02-30' }]);
  });

  it('stores entries through both store corrections', async () => {
    const { stored } = await load(async (context) => {
      context.store.set(rendered);
    }, true);
    expect(stored).toEqual([dropRawFrontmatter(rendered)]);
  });
});
