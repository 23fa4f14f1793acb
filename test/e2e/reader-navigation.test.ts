/**
 * Finding one's way around a long article, as a reader on a desktop and on a phone does it:
 * "On this page", the jump to the scorecard, sideways-scrolling diagrams, previous/next in
 * the listing. Positions are checked once the browser reports them; nothing waits on a clock.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const guide = '/library/fractional-cro-healthtech-kpis/';
const industry = '/industries/telehealth-platform-services/';
const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const browser = useBrowser();

/** The hash, the element it names, and whether that element's top is on screen. */
function landing(page: Page) {
  return page.evaluate(() => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const top = target?.getBoundingClientRect().top ?? Number.NaN;
    return { hash: location.hash, id: target?.id, tag: target?.tagName, onScreen: top >= -1 && top < innerHeight / 2 };
  });
}

/** Every "On this page" target, in list order, with its position among the page's elements. */
function readContents(page: Page) {
  return page.$$eval('nav.toc a', (links) => {
    const all = [...document.querySelectorAll('*')];
    return links.map((link) => {
      const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
      const target = document.getElementById(id);
      return { id, text: link.textContent!.trim(), found: Boolean(target), position: all.indexOf(target!) };
    });
  });
}

describe.each(viewports)('on a $name ($width px)', (viewport) => {
  it("lists the healthtech guide's sections in page order, and each entry lands on its heading", async () => {
    const { page, problems } = await openPage(browser(), `${inject('origin')}${guide}`, viewport);
    const contents = await readContents(page);
    expect(contents.length).toBeGreaterThan(10);
    expect(contents.filter((entry) => !entry.found)).toEqual([]);
    const positions = contents.map((entry) => entry.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Frontmatter sections and Markdown headings both: the direct answer, a body h2 and its h3.
    expect(contents.map((entry) => entry.id)).toEqual(
      expect.arrayContaining(['direct-answer', 'steps', 'the-six-kpis-to-hand-over', 'faq', 'sources']),
    );

    const summary = page.locator('nav.toc summary');
    if (viewport.name === 'phone') {
      // Closed at first so the article starts on the first screen; one tap opens it.
      expect(await page.locator('nav.toc a').first().isVisible()).toBe(false);
      await summary.click();
    }
    // An h3 from the middle of the list, so the page has to scroll to reach it.
    const nested = page.locator('nav.toc ol ol a');
    const entry = nested.nth(Math.floor((await nested.count()) / 2));
    await expect.poll(() => entry.isVisible()).toBe(true);
    const href = (await entry.getAttribute('href'))!;
    await entry.click();
    await expect
      .poll(() => landing(page))
      .toEqual({
        hash: href,
        id: href.slice(1),
        tag: 'H3',
        onScreen: true,
      });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('takes a reader from the top of the telehealth page to the scorecard in one tap, after the introduction', async () => {
    const { page } = await openPage(browser(), `${inject('origin')}${industry}`, viewport);
    const order = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      const at = (selector: string) => all.indexOf(document.querySelector(selector)!);
      return { intro: at('article .prose'), kpis: at('#kpi-list'), scorecard: at('#scorecard') };
    });
    expect(order.intro).toBeGreaterThan(0);
    expect(order.intro).toBeLessThan(order.kpis);
    expect(order.kpis).toBeLessThan(order.scorecard);

    const jump = page.locator('.jump-link a');
    const box = (await jump.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(viewport.height * 1.5);
    await jump.click();
    await expect
      .poll(() => landing(page))
      .toEqual({ hash: '#scorecard', id: 'scorecard', tag: 'CALC-KPI-SCORECARD', onScreen: true });
    await page.close();
  });

  it("links to the previous and next industry in the listing's order, both real pages", async () => {
    const { page } = await openPage(browser(), `${inject('origin')}/industries/`, viewport);
    const listing = await page.$$eval('main a[href^="/industries/"]', (links) =>
      links.map((link) => link.getAttribute('href')!).filter((href) => /^\/industries\/[^/]+\/$/.test(href)),
    );
    const index = listing.indexOf(industry);
    expect(index).toBeGreaterThan(0);
    await page.goto(`${inject('origin')}${industry}`);
    const prev = await page.locator('nav.article-pager a[rel="prev"]').getAttribute('href');
    const next = await page.locator('nav.article-pager a[rel="next"]').getAttribute('href');
    expect(prev).toBe(listing[index - 1]);
    expect(next).toBe(listing[index + 1] ?? null);
    for (const href of [prev, next].filter((href): href is string => href !== null)) {
      const response = await page.request.get(`${inject('origin')}${href}`);
      expect(response.status(), href).toBe(200);
    }
    await page.close();
  });
});

describe('at 390 px', () => {
  it('scrolls a wide diagram inside its own box, with a cue at the edge and labels of 11 px or more', async () => {
    const { page } = await openPage(browser(), `${inject('origin')}${guide}`, { width: 390, height: 844 });
    const diagrams = await page.$$eval('figure.diagram', (figures) =>
      figures.map((figure) => {
        const viewport = figure.querySelector<HTMLElement>('.diagram__viewport')!;
        const svg = figure.querySelector('svg')!;
        const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('viewBox')!.split(' ')[2]);
        const sizes = [...svg.querySelectorAll('text, foreignObject span, foreignObject p, foreignObject div')]
          .filter((label) => label.textContent!.trim() !== '')
          .map((label) => Number.parseFloat(getComputedStyle(label).fontSize) * scale);
        return {
          scrolls: viewport.scrollWidth > viewport.clientWidth,
          cue: getComputedStyle(viewport).backgroundImage,
          smallest: Math.min(...sizes),
        };
      }),
    );
    const wide = diagrams.filter((diagram) => diagram.scrolls);
    expect(wide.length).toBeGreaterThan(0);
    for (const diagram of wide) {
      expect(diagram.cue).toContain('radial-gradient');
      expect(diagram.smallest).toBeGreaterThanOrEqual(11);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('"Edit this page"', () => {
  it('is absent when PULSE_EDIT_URL was unset at build time', async () => {
    // The e2e build runs without it (npm test); a set variable is covered by test/lib/edit-config.test.ts.
    const { page } = await openPage(browser(), `${inject('origin')}${guide}`);
    expect(await page.getByText('Edit this page').count()).toBe(0);
    await page.close();
  });
});
