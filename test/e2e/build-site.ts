/**
 * Builds the site into a directory of its own with extra environment (feature switches),
 * for tests that need a build other than dist/. Only `astro build`: no search index.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The environment `npm run build` sees. Vitest sets NODE_ENV=test (and flags of its own),
 * and a build under NODE_ENV=test compiles client code with import.meta.env.DEV true.
 */
function readBuildEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|TEST|VITEST.*|__VITEST.*)$/.test(key)),
  );
}

/** Runs `astro build --outDir outDir` with `env` added; rejects with the build's output on failure. */
export function buildSite(outDir: string, env: Record<string, string>): Promise<void> {
  const astro = fileURLToPath(new URL('node_modules/astro/bin/astro.mjs', `file://${root}`));
  const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...readBuildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`astro build failed (${code}):\n${output}`)),
    );
  });
}
