/** What a first visit weighs, measured on a small hand-written site (no build needed). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gzipSize, measurePage, readStaticImports } from '../../../scripts/built-site/page-weight.ts';

describe('page weight', () => {
  const fixture = fileURLToPath(new URL('../../quality/fixtures/site/', import.meta.url));
  const gzipOf = (file: string) => gzipSize(readFileSync(`${fixture}${file}`));

  it('counts each stylesheet once and every module loaded up front, but not lazy imports', () => {
    const html = readFileSync(`${fixture}weighed.html`, 'utf8');
    expect(measurePage(fixture, '/weighed.html', html)).toEqual({
      html: gzipSize(html),
      css: gzipOf('style.css'),
      js: ['entry.js', 'chunk.js', 'side.js', 'inline-dep.js'].reduce((sum, file) => sum + gzipOf(`_astro/${file}`), 0),
    });
  });

  it('counts the definition of each calculator the page shows, which its script imports at once', () => {
    const html = readFileSync(`${fixture}calculator.html`, 'utf8');
    // definition.nrr.js is another calculator's: the page never downloads it.
    const files = ['calculator.js', 'definition.cac.js', 'rating.js'];
    expect(measurePage(fixture, '/calculator.html', html).js).toBe(
      files.reduce((sum, file) => sum + gzipOf(`_astro/${file}`), 0),
    );
  });

  it('reads static imports and re-exports in minified code, not dynamic ones', () => {
    const code =
      'import{a as b}from"./a.js";import"./b.js";export*from"./c.js";const x=import("./d.js");import * as e from \'./e.js\'';
    expect(readStaticImports(code)).toEqual(['./a.js', './b.js', './c.js', './e.js']);
  });
});
