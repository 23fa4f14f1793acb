import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTwins } from '../../src/integrations/twins';
import { encodeTwins, twinBundleFile } from '../../src/lib/twin/bundle';

const site = () => mkdtempSync(join(tmpdir(), 'pulse-twins-'));

describe('writeTwins', () => {
  it('writes each twin beside its page and leaves no bundle behind', () => {
    const dir = site();
    mkdirSync(join(dir, 'library', 'a'), { recursive: true });
    const twins = [
      { path: 'library/a.md', markdown: '# A\n' },
      { path: 'training/b.md', markdown: '# B\n' },
    ];
    writeFileSync(join(dir, twinBundleFile), encodeTwins(twins));
    expect(writeTwins(dir)).toBe(2);
    expect(readFileSync(join(dir, 'library/a.md'), 'utf8')).toBe('# A\n');
    expect(readFileSync(join(dir, 'training/b.md'), 'utf8')).toBe('# B\n');
    expect(existsSync(join(dir, twinBundleFile))).toBe(false);
  });

  it('stops the build when the bundle route did not run', () => {
    const dir = site();
    expect(() => writeTwins(dir)).toThrow(`${twinBundleFile} was not built`);
  });

  it('writes nothing from a bundle with a bad line', () => {
    const dir = site();
    writeFileSync(join(dir, twinBundleFile), `${encodeTwins([{ path: 'library/a.md', markdown: 'x' }])}oops\n`);
    expect(() => writeTwins(dir)).toThrow(`${twinBundleFile}:2: not a JSON line`);
    expect(existsSync(join(dir, 'library/a.md'))).toBe(false);
  });
});
