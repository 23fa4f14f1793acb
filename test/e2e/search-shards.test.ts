/**
 * A library too large for one Pagefind run is indexed in shards that the browser merges.
 * The built site is copied and re-indexed ten pages to a shard, then searched next to
 * the single index: a reader must get the same results, from one runtime.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { serveDirectory } from '../../scripts/static-server.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const script = fileURLToPath(new URL('../../scripts/search-index.ts', import.meta.url));

let copy: string;
let sharded: { server: Server; origin: string };

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'pulse-sharded-'));
  cpSync(dist, copy, { recursive: true, filter: (source) => !source.startsWith(join(dist, 'pagefind')) });
  const run = spawnSync(process.execPath, [script, copy], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', PULSE_SEARCH_SHARD_PAGES: '10' },
  });
  if (run.status !== 0) throw new Error(`search-index failed on the copy:\n${run.stderr}`);
  sharded = await serveDirectory(copy);
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => sharded?.server.close(resolve));
  if (copy) rmSync(copy, { recursive: true, force: true });
});

// Registered after the hooks above: the browser starts once the site is served and closes first.
const browser = useBrowser();

async function search(origin: string, query: string) {
  const { page, problems } = await openPage(browser(), `${origin}/search/?q=${encodeURIComponent(query)}`);
  const fetched: string[] = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  await page.locator('[data-search-results] .search-result').first().waitFor();
  const status = await page.locator('.search-page__status').textContent();
  const links = await page
    .locator('[data-search-results] .search-result__link')
    .evaluateAll((all) => all.map((link) => link.getAttribute('href')));
  await page.close();
  return { status, links, fetched, problems };
}

describe('sharded search index', () => {
  it('splits the library into several indexes', () => {
    const manifest = JSON.parse(readFileSync(join(copy, 'pagefind', 'pulse-shards.json'), 'utf8')) as {
      merge: string[];
    };
    expect(manifest.merge.length).toBeGreaterThanOrEqual(2);
  });

  it('finds what the single index finds, loading one runtime for every shard', async () => {
    const single = await search(inject('origin'), 'pipeline coverage');
    const merged = await search(sharded.origin, 'pipeline coverage');
    expect(merged.problems).toEqual([]);
    expect(merged.status).toBe(single.status);
    expect(merged.links).toContain('/industries/telehealth-platform-services/');
    expect(merged.links).toContain('/kpis/pipeline-coverage/');
    expect(merged.fetched.filter((path) => /\/shard-\d+\/index\//.test(path)).length).toBeGreaterThan(0);
    expect(merged.fetched.filter((path) => path.endsWith('.js') && path.includes('/pagefind/'))).toEqual([
      '/pagefind/pagefind.js',
    ]);
    expect(merged.fetched.filter((path) => path.includes('wasm.'))).toHaveLength(1);
  });
});
