/**
 * Two builds of the same commit are byte-identical, search index included. The second
 * build runs both steps of `npm run build` (astro build, then scripts/search-index.ts)
 * with the clock 400 days ahead and in a UTC+14 time zone, so any date taken from the
 * clock, or formatted in local time instead of from content, shows up as a difference here.
 * It also counts how often it reads each content file (bench/count-reads.ts): a count, not
 * a time, so a change that parses content afresh somewhere fails here on any machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sumReads, type ProcessReads } from '../../bench/count-reads.ts';
import { assertBuilt, distDir } from '../../scripts/built-site/site.ts';
import { describeDifference, diffTrees } from './trees';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shiftClock = fileURLToPath(new URL('./fixtures/shift-clock.mjs', import.meta.url));
const countReads = fileURLToPath(new URL('../../bench/count-reads.ts', import.meta.url));
const secondDir = mkdtempSync(join(tmpdir(), 'pulse-second-build-'));
const readsDir = mkdtempSync(join(tmpdir(), 'pulse-second-build-reads-'));

let keep = false;

afterAll(() => {
  if (keep) console.warn(`determinism: the second build is kept at ${secondDir} for comparison with dist/`);
  else rmSync(secondDir, { recursive: true, force: true });
  rmSync(readsDir, { recursive: true, force: true });
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

const buildScript = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { build: string } })
  .scripts.build;

describe('deterministic build', () => {
  // The content lint runs inside astro build (src/integrations/content-lint.ts), so the
  // second build below repeats exactly the build's two steps.
  // The second build runs astro without --expose-gc, so it also shows that collecting
  // garbage before the data store is read (src/integrations/content-store.ts) changes nothing built.
  it('builds in two steps: astro build, then the search index', () => {
    expect(buildScript).toBe(
      'ASTRO_TELEMETRY_DISABLED=1 NODE_OPTIONS="$NODE_OPTIONS --expose-gc" astro build && node scripts/search-index.ts',
    );
    expect(existsSync(join(distDir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });

  it('a second build, later and in another time zone, matches dist/ byte for byte', { timeout: 600_000 }, () => {
    assertBuilt();
    const started = Date.now();
    const options = {
      cwd: root,
      encoding: 'utf8' as const,
      env: {
        ...readBuildEnvironment(),
        ASTRO_TELEMETRY_DISABLED: '1',
        TZ: 'Pacific/Kiritimati',
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${shiftClock} --import ${countReads}`.trim(),
        PULSE_COUNT_READS: readsDir,
      },
    };
    const steps = [
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', secondDir],
      [join(root, 'scripts/search-index.ts'), secondDir],
    ];
    for (const args of steps) {
      const step = spawnSync(process.execPath, args, options);
      expect(step.status, `second build failed at ${args[0]}:\n${step.stdout}\n${step.stderr}`).toBe(0);
    }
    console.info(`determinism: second build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const differences = diffTrees(distDir, secondDir);
    keep = differences.length > 0;
    expect(differences).toEqual([]);
  });

  // #13: Astro's glob loader reads each file once, and src/lib/markdown/content-file.ts once
  // for everything else the build asks of it (fields, body, diagrams, related index, lint).
  it('read each content file from disk at most twice in that build', () => {
    const processes = readdirSync(readsDir).map(
      (name) => JSON.parse(readFileSync(join(readsDir, name), 'utf8')) as ProcessReads,
    );
    const reads = sumReads(processes);
    const contentFiles = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.(mdx?|ya?ml)$/.test(name),
    );
    expect(reads.length).toBe(contentFiles.length);
    expect(reads.filter((file) => file.reads > 2)).toEqual([]);
  });

  it('describes where two files differ', () => {
    const a = Buffer.from('<time datetime="2026-11-23">');
    const b = Buffer.from('<time datetime="2027-12-28">');
    expect(describeDifference(a, b)).toBe(
      'first difference at byte 19: "<time datetime=\\"2026-11-23\\">" vs "<time datetime=\\"2027-12-28\\">"',
    );
  });
});
