import { afterEach, describe, expect, it } from 'vitest';
import { findDraftRelated } from '~/lib/related/drafts';
import { cleanGuide, makeMistakeCorpus, type MistakeCorpus } from '../mistake-corpus';

const page = (key: string, draft: boolean, related: string[] = []) => ({
  key,
  file: `content/${key}.md`,
  draft,
  related,
});

describe('findDraftRelated', () => {
  it('names the page, the field and the draft', () => {
    expect(
      findDraftRelated([
        page('guides/a', false, ['guides/b', 'industries/c']),
        page('guides/b', false),
        page('industries/c', true),
      ]),
    ).toEqual([
      {
        file: 'content/guides/a.md',
        index: 1,
        message:
          'related[1] names industries/c, which is a draft (draft: true in content/industries/c.md): publish it or remove the entry.',
      },
    ]);
  });

  it('lets a draft point at another draft: neither is published', () => {
    expect(findDraftRelated([page('guides/a', true, ['guides/b']), page('guides/b', true)])).toEqual([]);
  });
});

describe('the lint refuses a published page that lists a draft', () => {
  let corpus: MistakeCorpus;
  afterEach(() => corpus.remove());

  it('as an error, on the entry’s own line', () => {
    corpus = makeMistakeCorpus();
    corpus.edit('industries/pest-control.md', 'draft: false', 'draft: true');
    const line = corpus.read(cleanGuide).split('\n').indexOf('related: [industries/pest-control]') + 1;
    expect(corpus.lint()).toContain(
      `content/guides/fractional-cro-cost-denver.mdx:${line} related[0] error: related[0] names industries/pest-control, which is a draft (draft: true in content/industries/pest-control.md): publish it or remove the entry.`,
    );
  });
});
