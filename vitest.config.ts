import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };
const gates = ['test/quality/determinism.test.ts', 'test/e2e/feedback.test.ts', 'test/bench/bench.test.ts'];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          // Some unit tests start a Node process (the lint CLI); on two busy cores that can take
          // many seconds. A limit is a hang detector here, never a speed test.
          testTimeout: 60_000,
          // Quality gates read dist/, so they run only where a build precedes them; the
          // build benchmark runs its own builds and belongs to the full `npm test` only.
          exclude: ['test/e2e/**', 'test/quality/**', 'test/bench/bench.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: gates,
          globalSetup: ['test/e2e/global-setup.ts'],
          // Limits detect hangs; they are never speed tests. Sized for two busy cores: the
          // e2e project passed three times in a row with both cores kept busy (README).
          testTimeout: 120_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 30_000 } },
          // One browser per file; files run one at a time, and at most two pages of a
          // concurrent suite render at once, to fit a 2-core machine.
          fileParallelism: false,
          maxConcurrency: 2,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'quality',
          include: ['test/quality/**/*.test.ts'],
          exclude: gates,
          testTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        resolve: { alias },
        test: {
          // `npm run test:gates`: the gates that each run builds of their own (a second build
          // for determinism, the site with feedback switched on, the 200-page benchmark).
          // CI runs them after `npm test` (.ci/run); they would double its length.
          name: 'gates',
          include: gates,
          testTimeout: 120_000,
          hookTimeout: 900_000,
          expect: { poll: { timeout: 30_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
