import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChromiumNotFoundError, findChromium } from '~/lib/chromium';

function fakeTree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'pulse-chromium-'));
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  return root;
}

describe('findChromium', () => {
  it('prefers the explicit PULSE_CHROMIUM path', () => {
    const root = fakeTree(['custom/chrome', 'bin/chromium']);
    expect(findChromium({ PULSE_CHROMIUM: join(root, 'custom/chrome'), PATH: join(root, 'bin') })).toBe(
      join(root, 'custom/chrome'),
    );
  });

  it('rejects a PULSE_CHROMIUM that points nowhere', () => {
    expect(() => findChromium({ PULSE_CHROMIUM: '/no/such/chrome' })).toThrow(
      'PULSE_CHROMIUM is set to "/no/such/chrome", but no file is there.',
    );
  });

  it('finds a system package on the PATH', () => {
    const root = fakeTree(['usr/bin/chromium']);
    expect(findChromium({ PATH: `/nowhere:${join(root, 'usr/bin')}`, PLAYWRIGHT_BROWSERS_PATH: root })).toBe(
      join(root, 'usr/bin/chromium'),
    );
  });

  it("falls back to Playwright's newest download", () => {
    const root = fakeTree(['chromium-1100/chrome-linux/chrome', 'chromium-1200/chrome-linux/chrome']);
    expect(findChromium({ PATH: '', PLAYWRIGHT_BROWSERS_PATH: root })).toBe(
      join(root, 'chromium-1200/chrome-linux/chrome'),
    );
  });

  it('says what to install when there is none', () => {
    const root = fakeTree([]);
    const find = () => findChromium({ PATH: '', PLAYWRIGHT_BROWSERS_PATH: root });
    expect(find).toThrow(ChromiumNotFoundError);
    expect(find).toThrow(/apt-get install -y chromium/);
  });
});
