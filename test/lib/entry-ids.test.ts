import { afterEach, describe, expect, it } from 'vitest';
import { listEntryFiles } from '~/lib/catalog';
import { findIdClashes } from '~/lib/entry-ids';
import { cleanGuide, makeMistakeCorpus, type MistakeCorpus } from './mistake-corpus';

describe('findIdClashes', () => {
  it('passes files with one id each', () => {
    expect(
      findIdClashes([
        { collection: 'guides', file: 'content/guides/a.mdx', id: 'a' },
        { collection: 'industries', file: 'content/industries/a.md', id: 'a' },
      ]),
    ).toEqual([]);
  });

  it('names both files that give one id', () => {
    expect(
      findIdClashes([
        { collection: 'kpis', file: 'content/kpis/win-rate.yml', id: 'win-rate' },
        { collection: 'kpis', file: 'content/kpis/win-rate.yaml', id: 'win-rate' },
      ]),
    ).toEqual([
      {
        file: 'content/kpis/win-rate.yml',
        line: 1,
        field: '(file)',
        message:
          'content/kpis/win-rate.yaml and content/kpis/win-rate.yml both give the id "win-rate", so the build would keep only one of them: rename or remove one.',
      },
    ]);
  });

  it('refuses slug, naming the page it would replace', () => {
    const files = [
      { collection: 'guides', file: 'content/guides/a.mdx', id: 'a' },
      { collection: 'guides', file: 'content/guides/b.md', id: 'b', slug: 'a', slugLine: 4 },
      { collection: 'guides', file: 'content/guides/c.md', id: 'c', slug: 'new-name', slugLine: 3 },
    ];
    expect(
      findIdClashes(files).map(({ file, line, field, message }) => `${file}:${line} ${field}: ${message}`),
    ).toEqual([
      'content/guides/b.md:4 slug: content/guides/b.md sets slug: "a", which Pulse does not take (a page\'s id is its file name, and this one would replace content/guides/a.mdx): remove the slug line and rename the file instead.',
      'content/guides/c.md:3 slug: content/guides/c.md sets slug: "new-name", which Pulse does not take (a page\'s id is its file name): remove the slug line and rename the file instead.',
    ]);
  });
});

describe('the lint and the build refuse the same clashes', () => {
  let corpus: MistakeCorpus;
  afterEach(() => corpus.remove());

  const mdxNextToMd =
    'content/guides/fractional-cro-cost-denver.md and content/guides/fractional-cro-cost-denver.mdx both give the id "fractional-cro-cost-denver", so the build would keep only one of them: rename or remove one.';

  it('a .md next to a .mdx of the same name', () => {
    corpus = makeMistakeCorpus();
    corpus.write('guides/fractional-cro-cost-denver.md', corpus.read(cleanGuide));
    expect(corpus.lint()).toContain(`content/guides/fractional-cro-cost-denver.mdx:1 (file) error: ${mdxNextToMd}`);
    // What src/content.config.ts throws on, before any loader runs.
    expect(findIdClashes(listEntryFiles(corpus.content, corpus.root)).map((clash) => clash.message)).toEqual([
      mdxNextToMd,
    ]);
  });

  it('a .yml next to a .yaml', () => {
    corpus = makeMistakeCorpus();
    corpus.write('kpis/win-rate.yml', corpus.read('kpis/win-rate.yaml'));
    const message =
      'content/kpis/win-rate.yaml and content/kpis/win-rate.yml both give the id "win-rate", so the build would keep only one of them: rename or remove one.';
    expect(corpus.lint()).toContain(`content/kpis/win-rate.yml:1 (file) error: ${message}`);
    expect(findIdClashes(listEntryFiles(corpus.content, corpus.root)).map((clash) => clash.message)).toEqual([message]);
  });

  it('a slug that takes over another page, on its own line', () => {
    corpus = makeMistakeCorpus();
    corpus.edit('industries/home-services.md', 'draft: false\n', 'draft: false\nslug: pest-control\n');
    const expected =
      'content/industries/home-services.md sets slug: "pest-control", which Pulse does not take (a page\'s id is its file name, and this one would replace content/industries/pest-control.md): remove the slug line and rename the file instead.';
    const line = corpus.read('industries/home-services.md').split('\n').indexOf('slug: pest-control') + 1;
    expect(corpus.lint()).toContain(`content/industries/home-services.md:${line} slug error: ${expected}`);
    expect(findIdClashes(listEntryFiles(corpus.content, corpus.root))).toEqual([
      { file: 'content/industries/home-services.md', line, field: 'slug', message: expected },
    ]);
  });
});
