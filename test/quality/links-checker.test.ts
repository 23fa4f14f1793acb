/**
 * The link gate itself, on a fixture site where each link is broken in one known way:
 * every fault is reported and every sound link passes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPageRefs } from './html-refs';
import { checkReference, SiteIndex } from './links';
import { listFiles } from '../../scripts/built-site/site.ts';
import { readTextRefs } from './text-refs';

const origin = 'https://pulse.example.org';
const dir = fileURLToPath(new URL('./fixtures/site/', import.meta.url));
const index = new SiteIndex(dir, listFiles(dir));

async function checkFixturePage(): Promise<(string | undefined)[]> {
  const { references } = await readPageRefs(readFileSync(`${dir}index.html`, 'utf8'));
  return Promise.all(references.map((ref) => checkReference(ref, '/', index, origin)));
}

describe('link checker', () => {
  it('reports each broken link once and passes the sound ones', async () => {
    expect(await checkFixturePage()).toEqual([
      undefined, // stylesheet
      undefined, // canonical
      '<meta> content "https://mirror.elsewhere.net/guide/" leaves https://pulse.example.org',
      '<link> loads "https://cdn.elsewhere.net/x.css" from a third-party host',
      '<script> loads "https://cdn.elsewhere.net/x.js" from a third-party host',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '"data:text/html,hello" uses the data: scheme',
      '"/guide" needs a trailing slash (/guide/)',
      '"/nowhere/" points to /nowhere/, which is not in the build',
      '"/guide/#nope": no element with id "nope" on /guide/',
      '"/guide/#" has an empty fragment',
      '"http://www.gartner.com/" should use https',
      '"https://example.com/placeholder" points to a placeholder or local host',
      '"https://www.forrester.com/" opens a new tab without rel="noopener"',
      '"//cdn.elsewhere.net/" is protocol-relative; write https://',
      '"javascript:void(0)" uses the javascript: scheme',
      '"/a b/" contains whitespace; percent-encode it',
      '"mailto:nobody" is not a mail address',
      '<img> loads "https://images.elsewhere.net/x.png" from a third-party host',
    ]);
  });

  it('finds the site URLs and root-relative Markdown links in text files', () => {
    const text = `<loc>${origin}/guide/</loc>\nSee [the guide](/guide/#steps) or ${origin}/x?a=1&amp;b=2.\nhttps://pulse.example.organic/`;
    expect(readTextRefs(text, origin).map((ref) => [ref.line, ref.value])).toEqual([
      [1, `${origin}/guide/`],
      [2, '/guide/#steps'],
      [2, `${origin}/x?a=1&b=2`],
    ]);
  });
});
