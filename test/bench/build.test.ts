/** How the bench splits the project's build script into separately measured steps. */
import { expect, test } from 'vitest';
import { splitBuildScript } from '../../bench/build.ts';

test('splits the Astro build from the search-index step that follows it', () => {
  expect(splitBuildScript('ASTRO_TELEMETRY_DISABLED=1 astro build && node scripts/search-index.ts')).toEqual({
    before: null,
    astro: 'ASTRO_TELEMETRY_DISABLED=1 astro build',
    after: 'node scripts/search-index.ts',
  });
  expect(splitBuildScript('astro build && a && b')).toEqual({ before: null, astro: 'astro build', after: 'a && b' });
});

test('sets apart the steps before the Astro build: the content lint', () => {
  expect(
    splitBuildScript(
      'npm run lint --silent -- --quiet && ASTRO_TELEMETRY_DISABLED=1 astro build && node scripts/search-index.ts',
    ),
  ).toEqual({
    before: 'npm run lint --silent -- --quiet',
    astro: 'ASTRO_TELEMETRY_DISABLED=1 astro build',
    after: 'node scripts/search-index.ts',
  });
});

test('leaves a one-step build whole', () => {
  expect(splitBuildScript('ASTRO_TELEMETRY_DISABLED=1 astro build')).toEqual({
    before: null,
    astro: 'ASTRO_TELEMETRY_DISABLED=1 astro build',
    after: null,
  });
});
