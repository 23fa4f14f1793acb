/**
 * Finds a Chromium to drive headless, for diagram rendering at build time and for
 * the end-to-end tests. Order: an explicit path from the environment, a system
 * package on the PATH, then Playwright's own download.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

export const chromiumEnvVar = 'PULSE_CHROMIUM';

const systemNames = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

/** Flags that keep a headless browser quiet on a machine without network or display. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export class ChromiumNotFoundError extends Error {
  constructor() {
    super(
      `No Chromium found. Install one with "apt-get install -y chromium" (Debian/Ubuntu) or ` +
        `"npx playwright install chromium", or set ${chromiumEnvVar} to a Chromium executable.`,
    );
    this.name = 'ChromiumNotFoundError';
  }
}

function findOnPath(names: readonly string[], path: string): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

function findPlaywrightChromium(cacheDir: string): string | undefined {
  if (!existsSync(cacheDir)) return undefined;
  const builds = readdirSync(cacheDir)
    .filter((name) => /^chromium(_headless_shell)?-\d+$/.test(name))
    .sort()
    .reverse();
  const relatives = [
    ['chrome-linux', 'chrome'],
    ['chrome-linux64', 'chrome'],
    ['chrome-linux', 'headless_shell'],
    ['chrome-headless-shell-linux64', 'chrome-headless-shell'],
  ];
  for (const build of builds) {
    for (const parts of relatives) {
      const candidate = join(cacheDir, build, ...parts);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The path of a Chromium executable, or throws ChromiumNotFoundError saying what to install. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env[chromiumEnvVar];
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new Error(`${chromiumEnvVar} is set to "${explicit}", but no file is there.`);
  }
  const found =
    findOnPath(systemNames, env.PATH ?? '') ??
    findPlaywrightChromium(env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright'));
  if (!found) throw new ChromiumNotFoundError();
  return found;
}
