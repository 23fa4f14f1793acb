import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTwins } from '../../src/integrations/twins';
import { encodeTwins, twinBundleDir, type Twin } from '../../src/lib/twin/bundle';

/** A built site holding the given batches. */
function site(...bundles: (Twin[] | string)[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-twins-'));
  mkdirSync(join(dir, twinBundleDir));
  bundles.forEach((bundle, index) =>
    writeFileSync(
      join(dir, twinBundleDir, `${index + 1}.ndjson`),
      typeof bundle === 'string' ? bundle : encodeTwins(bundle),
    ),
  );
  return dir;
}

describe('writeTwins', () => {
  it('writes each twin of every batch beside its page and leaves no batch behind', () => {
    const dir = site([{ path: 'library/a.md', markdown: '# A\n' }], [{ path: 'training/b.md', markdown: '# B\n' }]);
    expect(writeTwins(dir)).toBe(2);
    expect(readFileSync(join(dir, 'library/a.md'), 'utf8')).toBe('# A\n');
    expect(readFileSync(join(dir, 'training/b.md'), 'utf8')).toBe('# B\n');
    expect(existsSync(join(dir, twinBundleDir))).toBe(false);
  });

  it('writes nothing for a site with no articles', () => {
    expect(writeTwins(mkdtempSync(join(tmpdir(), 'pulse-twins-')))).toBe(0);
  });

  it('stops the build at a bad line, naming its batch and line', () => {
    const dir = site([{ path: 'library/a.md', markdown: 'x' }], 'oops\n');
    expect(() => writeTwins(dir)).toThrow(`${twinBundleDir}/2.ndjson:1: not a JSON line`);
  });

  it('refuses one twin in two batches', () => {
    const twin = { path: 'library/a.md', markdown: 'x' };
    expect(() => writeTwins(site([twin], [twin]))).toThrow(
      `${twinBundleDir}/2.ndjson:1: library/a.md is in the batches twice`,
    );
  });
});
