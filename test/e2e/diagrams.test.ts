/** Build-time mermaid diagrams, checked in the built site: inline, accessible, legible, script-free. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const guide = '/library/fractional-cro-healthtech-kpis/';
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

const browser = useBrowser();

interface DiagramFacts {
  title: string;
  description: string;
  viewBoxWidth: number;
  renderedWidth: number;
  hasSize: boolean;
  viewportScrolls: boolean;
  labels: number;
  nodeFill: string;
}

function readDiagrams(page: Page): Promise<DiagramFacts[]> {
  return page.$$eval('figure.diagram', (figures) =>
    figures.map((figure) => {
      const svg = figure.querySelector('svg[role="img"]')!;
      const textOf = (ids: string | null) => (ids ? (document.getElementById(ids)?.textContent?.trim() ?? '') : '');
      const viewport = figure.querySelector('.diagram__viewport')!;
      const rect = svg.querySelector('.node rect, .node polygon');
      return {
        title: textOf(svg.getAttribute('aria-labelledby')),
        description: textOf(svg.getAttribute('aria-describedby')),
        viewBoxWidth: Number(svg.getAttribute('viewBox')!.split(' ')[2]),
        renderedWidth: svg.getBoundingClientRect().width,
        hasSize: svg.hasAttribute('width') && svg.hasAttribute('height'),
        viewportScrolls: viewport.scrollWidth > viewport.clientWidth,
        labels: svg.querySelectorAll('text').length,
        nodeFill: rect ? getComputedStyle(rect).fill : '',
      };
    }),
  );
}

describe('diagrams on the healthtech KPI guide', () => {
  it('are inline SVG images with a title, a description and real text, and no mermaid script', async () => {
    const { page, problems } = await openPage(browser(), `${inject('origin')}${guide}`);
    const diagrams = await readDiagrams(page);
    expect(diagrams.length).toBeGreaterThanOrEqual(2);
    for (const diagram of diagrams) {
      expect(diagram.title.length).toBeGreaterThan(10);
      expect(diagram.description.length).toBeGreaterThan(20);
      expect(diagram.labels).toBeGreaterThan(3);
      expect(diagram.hasSize).toBe(true);
    }
    const scripts = await page.$$eval('script', (all) => all.map((s) => `${s.src} ${s.textContent}`));
    expect(scripts.filter((s) => /mermaid/i.test(s))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keep wide diagrams legible at 360 px by scrolling them sideways, not the page', async () => {
    const { page } = await openPage(browser(), `${inject('origin')}${guide}`, { width: 360, height: 800 });
    const diagrams = await readDiagrams(page);
    for (const diagram of diagrams) {
      // Labels are 16px at full size; below three quarters they would drop under 12px.
      expect(diagram.renderedWidth / diagram.viewBoxWidth).toBeGreaterThanOrEqual(0.74);
    }
    expect(diagrams.some((d) => d.viewportScrolls)).toBe(true);
    const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(pageOverflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('follow the colour scheme with a single SVG per diagram', async () => {
    const fills: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser().newPage({ colorScheme });
      await page.goto(`${inject('origin')}${guide}`);
      fills.push((await readDiagrams(page))[0]!.nodeFill);
      await page.close();
    }
    expect(fills[0]).toMatch(/^rgb/);
    expect(fills[1]).not.toBe(fills[0]);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('the built site', () => {
  it('ships no mermaid runtime in any file', () => {
    // Strings found in mermaid's bundles and never in a rendered diagram.
    const runtimeMarkers = ['No diagram type detected', 'mermaidAPI'];
    const offenders = listFiles(dist).filter((file) => {
      const text = readFileSync(file, 'latin1');
      return runtimeMarkers.some((marker) => text.includes(marker));
    });
    expect(offenders).toEqual([]);
  });
});
