import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '~/integrations/pagefind';

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
function buildSite(files: Record<string, string>): { dir: string; warnings: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-pagefind-'));
  dirs.push(dir);
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return { dir, warnings: [] };
}
const loggerFor = (warnings: string[]) =>
  ({ info: () => {}, warn: (message: string) => warnings.push(message) }) as unknown as AstroIntegrationLogger;

/** Pagefind stores each page as gzipped JSON behind a short signature. */
function readFragments(
  dir: string,
): { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }[] {
  const folder = join(dir, 'pagefind', 'fragment');
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

afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('Pagefind integration', () => {
  it('indexes only article bodies, with filters, metadata and word breaks', async () => {
    const { dir, warnings } = buildSite(site);
    await buildSearchIndex(dir, loggerFor(warnings));
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
    expect(warnings).toEqual([]);
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-ui.js'))).toBe(false);
  }, 30_000);

  it('warns when no page marks its article for indexing', async () => {
    const { dir, warnings } = buildSite({ 'index.html': page('<h1>Home</h1>') });
    await buildSearchIndex(dir, loggerFor(warnings));
    expect(warnings).toEqual([
      'No page marks its article with data-pagefind-body, so Pagefind indexes whole pages, menus included.',
    ]);
  }, 30_000);
});
