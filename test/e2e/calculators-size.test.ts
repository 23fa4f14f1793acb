/**
 * The JavaScript budget, measured on the built site: every tool page must ship under
 * 10 kB of gzipped script for its calculator, and pages without a calculator none at all.
 * A calculator's definition is its own chunk, imported lazily by the page that shows it.
 * Sizes are printed so the numbers in reports are the measured ones.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { calculatorIds, toolIds } from '~/calculators/registry';
import { collectScripts, gzipSize } from '../../scripts/built-site/page-weight.ts';
import { listPages } from '../../scripts/built-site/site.ts';
import { useBrowser } from './browser';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const budget = 10 * 1024;
// Entry scripts of the calculator and scorecard components; shared chunks are found by following imports.
const calculatorEntry = /(Calculator|KpiScorecard)\.astro_astro_type_script/;

/** The module scripts a page loads by URL, relative to dist/ as collectScripts takes them. */
function listEntries(html: string): string[] {
  return [...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g)].map((match) => match[1]!);
}

/** The calculators whose definition a script holds (`id: "cac-payback"`). */
const definedIn = (code: string) => calculatorIds.filter((id) => new RegExp(`\\bid:\\s*["'\`]${id}["'\`]`).test(code));

/** Every script file the entries load, with the lazily imported definitions of the calculators in `shown`. */
const reach = (entries: readonly string[], shown: readonly string[] = []) =>
  collectScripts(dist, entries, new Set(shown));

function inlineModules(html: string): string[] {
  return [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
}

const browser = useBrowser();

describe('calculator JavaScript budget', () => {
  it('keeps each tool page under 10 kB gzipped', () => {
    const report: string[] = [];
    const sizeOf = (files: Iterable<string>) =>
      [...files].reduce((sum, file) => sum + gzipSize(readFileSync(join(dist, file))), 0);
    for (const id of toolIds) {
      const html = readFileSync(join(dist, 'tools', id, 'index.html'), 'utf8');
      const entries = listEntries(html);
      const calculatorFiles = [
        ...reach(
          entries.filter((entry) => calculatorEntry.test(entry)),
          [id],
        ),
      ];
      const size = sizeOf(calculatorFiles);
      const total = sizeOf(reach(entries, [id])) + inlineModules(html).reduce((sum, code) => sum + gzipSize(code), 0);
      report.push(
        `/tools/${id}/: calculator ${(size / 1024).toFixed(2)} kB gzip in ${calculatorFiles.length} files; all page JS ${(total / 1024).toFixed(2)} kB`,
      );
      expect(calculatorFiles.length, id).toBeGreaterThan(0);
      expect(size, id).toBeLessThan(budget);
    }
    console.log(report.join('\n'));
  });

  it('ships no calculator script on pages without a calculator', () => {
    const pages = listPages(dist).map(({ file }) => ({ file, html: readFileSync(file, 'utf8') }));
    const entries = pages.flatMap(({ html }) => listEntries(html));
    // Chunks only calculators use: reachable from their entries and from no other script.
    const others = reach(entries.filter((entry) => !calculatorEntry.test(entry)));
    const calculatorOnly = [...reach(entries.filter((entry) => calculatorEntry.test(entry)))].filter(
      (file) => !others.has(file),
    );
    expect(calculatorOnly.length).toBeGreaterThan(0);
    const offenders = pages
      .filter(({ html }) => !/<calc-[a-z-]+[\s>]/.test(html))
      .filter(({ html }) => [...reach(listEntries(html))].some((file) => calculatorOnly.includes(file)))
      .map(({ file }) => relative(dist, file));
    expect(offenders).toEqual([]);
  });

  it('ships only the calculators a page renders', async () => {
    const page = await browser().newPage();
    try {
      const scripts: string[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
      });
      await page.goto(`${inject('origin')}/tools/cac-payback/`, { waitUntil: 'load' });
      await page.evaluate(() => customElements.whenDefined('calc-cac-payback'));
      const downloaded = scripts.map((path) => readFileSync(join(dist, path), 'utf8')).join('\n');
      expect(definedIn(downloaded)).toEqual(['cac-payback']);
    } finally {
      await page.close();
    }
  });
});
