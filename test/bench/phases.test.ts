/** Reading build phases from Astro's log, on lines copied from a real 5,000-page build. */
import { expect, test } from 'vitest';
import { readBuildPhases } from '../../bench/phases.ts';

const log = [
  '17:55:42 [pulse-mermaid] diagrams: 0 rendered, 971 from cache (971 fences, 595 ms)',
  '17:55:45 [content] Syncing content',
  '17:56:00 [content] Synced content',
  '17:56:12 [vite] \u001b[32m✓ built in 11.92s\u001b[39m',
  '17:56:12 [vite] ✓ built in 89ms',
  '',
  ' generating static routes ',
  '17:56:14   ├─ /industries/a/index.html (+3ms)',
  '17:57:07 ✓ Completed in 1m 4s.',
  '17:57:07 [build] ✓ Completed in 1m 7s.',
  '17:57:08 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`',
  '17:58:42 [pulse:pagefind] indexed 5036 of 5741 HTML files into dist/pagefind/',
].join('\n');

test('reads each phase in seconds, with colour codes stripped', () => {
  expect(readBuildPhases(log)).toEqual({
    diagrams: 0.595,
    contentSync: 15,
    bundle: 11.92,
    generatePages: 64,
    searchIndex: 94,
  });
});

test('reads the search-index step from its own summary line', () => {
  const twoStep = log.replace(
    /^.*\[pulse:pagefind\].*$/m,
    '17:57:20 [search-index] indexed 5036 of 5741 HTML files into dist/pagefind/ (9 files, 1.0 kB) in 12.34 s',
  );
  expect(readBuildPhases(twoStep).searchIndex).toBe(12.34);
});

test('reports a phase the log does not show as null', () => {
  expect(readBuildPhases('12:00:00 [content] Syncing content\n')).toEqual({
    diagrams: null,
    contentSync: null,
    bundle: null,
    generatePages: null,
    searchIndex: null,
  });
});
