/**
 * Listing, topic and KPI pages split at 50 entries. The real content is too small to
 * paginate, so this builds 200 synthetic pages (the bench's generator, no diagrams),
 * follows the pager in Chromium and checks every internal link of the paginated pages.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLibrary } from '../../bench/library.ts';
import {
  createWorkspace,
  readRegistry,
  readToolIds,
  removeWorkspace,
  syntheticBuildEnv,
} from '../../bench/workspace.ts';
import { readPageRefs } from '../quality/html-refs';
import { checkReference, SiteIndex } from '../quality/links';
import { listFiles, listPages, readPage, siteOrigin } from '../../scripts/built-site/site.ts';
import { openPage, useBrowser } from './browser';
import { serveDirectory } from '../../scripts/static-server.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
let workspace: string;
let dist: string;
let origin: string;
let close: () => Promise<void>;
let buildLog: string;

/**
 * Fifteen registry KPIs, pipeline coverage among them: 180 industry pages of nine KPIs each
 * then give every KPI about 108 benchmark rows, past the 50 a page shows, however large
 * the real registry grows.
 */
function paginatedKpis() {
  const registry = readRegistry(projectRoot);
  const coverage = registry.filter((kpi) => kpi.id === 'pipeline-coverage');
  return [...coverage, ...registry.filter((kpi) => kpi.id !== 'pipeline-coverage')].slice(0, 15);
}

beforeAll(async () => {
  workspace = createWorkspace(projectRoot, 'pagination');
  writeLibrary(join(workspace, 'content'), {
    pages: 200,
    seed: 7,
    guideShare: 0.1,
    mermaidShare: 0,
    toolShare: 0.15,
    relatedShare: 0.3,
    kpis: paginatedKpis(),
    toolIds: readToolIds(projectRoot),
  });
  const astro = join(workspace, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const build = spawnSync(process.execPath, [astro, 'build'], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, ...syntheticBuildEnv },
  });
  if (build.status !== 0) throw new Error(`synthetic build failed:\n${build.stdout}\n${build.stderr}`);
  buildLog = build.stdout;
  dist = join(workspace, 'dist');
  const served = await serveDirectory(dist);
  origin = served.origin;
  close = () => new Promise<void>((resolve) => served.server.close(() => resolve()));
}, 300_000);

afterAll(async () => {
  await close?.();
  if (workspace) removeWorkspace(workspace);
});

// Registered after the hooks above: the browser starts once the site is served and closes first.
const browser = useBrowser();

describe('pagination', () => {
  it('logs one built route per line when the build output is captured', () => {
    const routeLines = buildLog.split('\n').filter((line) => line.includes('├─'));
    expect(routeLines.length).toBeGreaterThan(200);
    expect(routeLines.filter((line) => line.split('├─').length !== 2)).toEqual([]);
    // No render time orphaned on a line of its own, as four concurrent renders left them.
    expect(buildLog).not.toMatch(/^\s*\(\+[\d.]+m?s\)\s*$/m);
  });

  it('walks /industries/ page by page with the pager and back', async () => {
    const { page, problems } = await openPage(browser(), `${origin}/industries/`);
    const status = page.locator('nav.pager p');
    await expect(status.textContent()).resolves.toMatch(/Page 1 of 4\b/);
    expect(await page.locator('head link[rel=next]').getAttribute('href')).toBe('/industries/page/2/');
    expect(await page.locator('head link[rel=prev]').count()).toBe(0);
    expect(await page.locator('ul.entries > li').count()).toBe(50);
    for (const number of [2, 3, 4]) {
      await Promise.all([page.waitForURL(`${origin}/industries/page/${number}/`), page.click('nav.pager a[rel=next]')]);
      await expect(status.textContent()).resolves.toMatch(new RegExp(`Page ${number} of 4\\b`));
      expect(await page.locator('head link[rel=prev]').getAttribute('href')).toBe(
        number === 2 ? '/industries/' : `/industries/page/${number - 1}/`,
      );
    }
    // 180 industries: the last page holds the 30 left over, and has nowhere further to go.
    expect(await page.locator('ul.entries > li').count()).toBe(30);
    expect(await page.locator('nav.pager a[rel=next]').count()).toBe(0);
    await expect(page.title()).resolves.toContain('(page 4 of 4)');
    await Promise.all([page.waitForURL(`${origin}/industries/page/3/`), page.click('nav.pager a[rel=prev]')]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists each industry once across the pages', () => {
    const pages = listPages(dist).filter((built) => /^\/industries\/(page\/\d+\/)?$/.test(built.path));
    const links = pages.flatMap((built) =>
      [...readPage(built).matchAll(/<h2 class="title"[^>]*>\s*<a href="([^"]+)"/g)].map((match) => match[1]),
    );
    expect(pages).toHaveLength(4);
    expect(new Set(links).size).toBe(180);
    expect(links).toHaveLength(180);
  });

  it('continues a KPI benchmark table on later pages and caps "where used" at 12', async () => {
    const { page, problems } = await openPage(browser(), `${origin}/kpis/pipeline-coverage/`);
    expect(await page.locator('table.benchmarks tbody tr').count()).toBe(50);
    const used = await page.locator('#used-by ~ ul > li').count();
    expect(used).toBe(12);
    const more = page.locator('p.more a');
    expect(await more.getAttribute('href')).toBe('/search/?kpi=Pipeline+coverage');
    await Promise.all([page.waitForURL(/\/kpis\/pipeline-coverage\/page\/2\/$/), page.click('nav.pager a[rel=next]')]);
    expect(await page.locator('table.benchmarks tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#used-by').count()).toBe(0);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('paginates topics, the topic index and the library the same way', () => {
    const paths = listPages(dist).map((built) => built.path);
    expect(paths).toContain('/topics/page/2/');
    expect(paths.some((path) => /^\/topics\/[^/]+\/page\/2\/$/.test(path))).toBe(true);
    expect(paths).not.toContain('/library/page/2/');
  });

  it('keeps every internal link of paginated pages resolvable', async () => {
    const files = listFiles(dist);
    const index = new SiteIndex(dist, files);
    const paged = listPages(dist).filter((built) =>
      /\/page\/\d+\/$|^\/(industries|topics|library)\/$/.test(built.path),
    );
    const problems: string[] = [];
    for (const built of paged) {
      const { references } = await readPageRefs(readPage(built));
      for (const ref of references) {
        const problem = await checkReference(ref, built.path, index, siteOrigin);
        if (problem) problems.push(`${built.path}: ${problem}`);
      }
    }
    expect(paged.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('links 50 industry scorecards from the scorecard tool, then the full list', () => {
    const html = readPage({ file: join(dist, 'tools/kpi-scorecard/index.html'), path: '/tools/kpi-scorecard/' });
    expect(html.match(/href="\/industries\/[^"]+\/#scorecard"/g)).toHaveLength(50);
    expect(html).toMatch(/<a href="\/industries\/">All 180 industry guides<\/a>/);
  });

  it('keeps the feed to the newest 50', () => {
    const rss = readPage({ file: join(dist, 'rss.xml'), path: '/rss.xml' });
    expect(rss.match(/<item>/g)).toHaveLength(50);
  });
});
