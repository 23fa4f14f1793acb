/** How the first-search probe sorts what it fetched: the /search/ page apart from Pagefind's files. */
import { expect, test } from 'vitest';
import { kindOf } from '../../bench/search-probe.ts';

test.each([
  ['/search/?q=pipeline+coverage', 'html'],
  ['/_astro/SearchPage.abc123.css', 'css'],
  ['/_astro/SearchPage.astro_astro_type_script_index_0_lang.Bx1.js', 'page-js'],
  ['/pagefind/pagefind.js', 'js'],
  ['/pagefind/wasm.en.pagefind', 'wasm'],
  ['/pagefind/pagefind.en_196d63282b.pf_meta', 'meta'],
  ['/pagefind/index/en_23cb7cc.pf_index', 'index'],
  ['/pagefind/filter/en_1cbc47b.pf_filter', 'filters'],
  ['/pagefind/fragment/en_8d1a2b3.pf_fragment', 'fragments'],
  ['/favicon.svg', 'other'],
])('%s is %s', (path, kind) => {
  expect(kindOf(`http://127.0.0.1:4321${path}`)).toBe(kind);
});
