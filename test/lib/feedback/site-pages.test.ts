import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSitePages } from '~/lib/feedback/site-pages';

const dir = mkdtempSync(join(tmpdir(), 'pulse-site-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readSitePages', () => {
  it('lists the path of every index.html, and nothing else', () => {
    for (const file of [
      'index.html',
      'library/a/index.html',
      'kpis/win-rate/index.html',
      '404.html',
      'library/a.md',
      '_astro/x.js',
    ]) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), '');
    }
    expect([...readSitePages(dir)].sort()).toEqual(['/', '/kpis/win-rate/', '/library/a/']);
  });

  it('says to build first when there is no site', () => {
    expect(() => readSitePages(join(dir, 'missing'))).toThrow(/has no built site: run "npm run build" first/);
  });
});
