/** The build's second step, run as `npm run build` runs it, on small hand-written sites. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pagesPerMirrorFolder } from '../../src/lib/search-index';

const script = fileURLToPath(new URL('../../scripts/search-index.ts', import.meta.url));

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><header><nav>Library Industries KPIs</nav></header>${body}<footer>MIT licence</footer></body></html>`;

const site = {
  'kpis/pipeline-coverage/index.html': page(
    '<article data-pagefind-body><div hidden><span data-pagefind-meta="title:Pipeline coverage"></span>' +
      '<span data-pagefind-meta="description:Open pipeline over target, as a multiple."></span>' +
      '<span data-pagefind-filter="type:KPI"></span><span data-pagefind-filter="kpi:Pipeline coverage"></span></div>' +
      '<h1 data-pagefind-weight="10">Pipeline coverage</h1><dl><dt>Formula</dt><dd>Weighted pipeline ÷ target</dd></dl>' +
      '<section data-pagefind-ignore><h2>More from the library</h2><a href="/x/">Win rate</a></section></article>',
  ),
  'industries/telehealth/index.html': page(
    '<article data-pagefind-body><span data-pagefind-filter="type:Industry guide"></span>' +
      '<span data-pagefind-filter="industry:Telehealth Platform Services"></span><h1>Telehealth KPIs</h1><p>Activation first.</p></article>',
  ),
  'topics/index.html': page('<h1>Topics</h1><p>Every topic.</p>'),
};

const dirs: string[] = [];
function writeSite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-pagefind-'));
  dirs.push(dir);
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return dir;
}

function indexSite(dir: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [script, dir], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Pagefind stores each page as gzipped JSON behind a short signature. */
function readFragments(
  dir: string,
  index = 'pagefind',
): { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }[] {
  const folder = join(dir, index, 'fragment');
  return readdirSync(folder)
    .map((file) =>
      JSON.parse(
        gunzipSync(readFileSync(join(folder, file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ),
    )
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** Every file of a built index, by name, as base64: two indexes compare byte for byte. */
const readIndex = (dir: string) =>
  readdirSync(join(dir, 'pagefind'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => [entry.name, readFileSync(join(entry.parentPath, entry.name)).toString('base64')])
    .sort();

afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('search-index step', () => {
  it('indexes only article bodies, with filters, metadata and word breaks', () => {
    const dir = writeSite(site);
    const run = indexSite(dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /\[search-index\] indexed 2 of 3 HTML files into .*pagefind\/ \(\d+ files, [\d.]+ kB\) in [\d.]+ s/,
    );
    const fragments = readFragments(dir);
    expect(fragments.map((fragment) => fragment.url)).toEqual(['/industries/telehealth/', '/kpis/pipeline-coverage/']);
    const kpi = fragments[1]!;
    expect(kpi.content).toContain('Formula Weighted pipeline');
    expect(kpi.content).not.toMatch(/Library Industries|MIT licence|More from the library|Win rate/);
    expect(kpi.meta).toMatchObject({
      title: 'Pipeline coverage',
      description: 'Open pipeline over target, as a multiple.',
    });
    expect(kpi.filters).toEqual({ type: ['KPI'], kpi: ['Pipeline coverage'] });
    expect(fragments[0]!.filters).toEqual({ type: ['Industry guide'], industry: ['Telehealth Platform Services'] });
    expect(run.stderr).toBe('');
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-ui.js'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'pulse-shards.json'), 'utf8'))).toEqual({ merge: [] });
  }, 30_000);

  it('writes the same index twice over', () => {
    const first = writeSite(site);
    const second = writeSite(site);
    expect(indexSite(first).status).toBe(0);
    expect(indexSite(second).status).toBe(0);
    expect(readIndex(second)).toEqual(readIndex(first));
  }, 30_000);

  it('indexes a site of several mirror folders whole, and the same way twice', () => {
    const pages = 2 * pagesPerMirrorFolder + 1;
    const files = Object.fromEntries(
      Array.from({ length: pages }, (_, n) => [
        `kpis/kpi-${n}/index.html`,
        page(`<article data-pagefind-body><h1>KPI number ${n}</h1><p>Measured ${n} times.</p></article>`),
      ]),
    );
    const [first, second] = [writeSite(files), writeSite(files)];
    const run = indexSite(first);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`indexed ${pages} of ${pages} HTML files`);
    expect(new Set(readFragments(first).map((fragment) => fragment.url))).toEqual(
      new Set(Object.keys(files).map((file) => `/${file.replace(/index\.html$/, '')}`)),
    );
    expect(indexSite(second).status).toBe(0);
    expect(readIndex(second)).toEqual(readIndex(first));
  }, 60_000);

  it('indexes a library larger than one index in shards the browser merges', () => {
    const dir = writeSite(site);
    const run = indexSite(dir, { PULSE_SEARCH_SHARD_PAGES: '1' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/indexed 2 of 3 HTML files into .*pagefind\/ \(2 shards, \d+ files/);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'pulse-shards.json'), 'utf8'))).toEqual({
      merge: ['shard-2/'],
    });
    expect(readFragments(dir).map((fragment) => fragment.url)).toEqual(['/industries/telehealth/']);
    expect(readFragments(dir, 'pagefind/shard-2').map((fragment) => fragment.url)).toEqual([
      '/kpis/pipeline-coverage/',
    ]);
    const shardFiles = readdirSync(join(dir, 'pagefind', 'shard-2'));
    expect(shardFiles).toContain('pagefind-entry.json');
    expect(shardFiles.filter((file) => /\.js$|^wasm\./.test(file))).toEqual([]);
  }, 30_000);

  it('stops on a shard size that is not a whole number', () => {
    const run = indexSite(writeSite(site), { PULSE_SEARCH_SHARD_PAGES: 'many' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PULSE_SEARCH_SHARD_PAGES must be a whole number of at least 1, not "many"');
  });

  it('warns when no page marks its article for indexing', () => {
    const run = indexSite(writeSite({ 'index.html': page('<h1>Home</h1>') }));
    expect(run.status).toBe(0);
    expect(run.stderr.trim()).toBe(
      '[search-index] No page marks its article with data-pagefind-body, so Pagefind indexes whole pages, menus included.',
    );
  }, 30_000);

  it('fails naming the site when there is nothing to index', () => {
    const missing = join(tmpdir(), 'pulse-no-such-site');
    const run = indexSite(missing);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(missing);
  });
});
