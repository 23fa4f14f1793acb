import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };

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
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One browser per file; files run one at a time to fit a 2-core machine.
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'quality',
          include: ['test/quality/**/*.test.ts'],
          testTimeout: 30_000,
          // A second build for the determinism gate runs in its own test; after e2e, so
          // it does not compete with the browser for the 2 CI cores.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'bench',
          include: ['test/bench/bench.test.ts'],
          // Last and alone: it times builds, so nothing else may share the cores.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
