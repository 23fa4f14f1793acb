/**
 * Two builds of the same commit are byte-identical. The second build runs with the clock
 * 400 days ahead and in a UTC+14 time zone, so any date taken from the clock, or formatted
 * in local time instead of from content, shows up as a difference here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir } from './site';
import { describeDifference, diffTrees } from './trees';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shiftClock = fileURLToPath(new URL('./fixtures/shift-clock.mjs', import.meta.url));
const secondDir = mkdtempSync(join(tmpdir(), 'pulse-second-build-'));

let keep = false;

afterAll(() => {
  if (keep) console.warn(`determinism: the second build is kept at ${secondDir} for comparison with dist/`);
  else rmSync(secondDir, { recursive: true, force: true });
});

/**
 * The environment `npm run build` sees. Vitest sets NODE_ENV=test (and flags of its own),
 * and a build under NODE_ENV=test compiles client code with import.meta.env.DEV true.
 */
function readBuildEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|TEST|VITEST.*|__VITEST.*)$/.test(key)),
  );
}

describe('deterministic build', () => {
  it('a second build, later and in another time zone, matches dist/ byte for byte', { timeout: 600_000 }, () => {
    assertBuilt();
    const started = Date.now();
    const build = spawnSync(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', secondDir],
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...readBuildEnvironment(),
          ASTRO_TELEMETRY_DISABLED: '1',
          TZ: 'Pacific/Kiritimati',
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${shiftClock}`.trim(),
        },
      },
    );
    expect(build.status, `second build failed:\n${build.stdout}\n${build.stderr}`).toBe(0);
    console.info(`determinism: second build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const differences = diffTrees(distDir, secondDir);
    keep = differences.length > 0;
    expect(differences).toEqual([]);
  });

  it('describes where two files differ', () => {
    const a = Buffer.from('<time datetime="2026-11-23">');
    const b = Buffer.from('<time datetime="2027-12-28">');
    expect(describeDifference(a, b)).toBe(
      'first difference at byte 19: "<time datetime=\\"2026-11-23\\">" vs "<time datetime=\\"2027-12-28\\">"',
    );
  });
});
