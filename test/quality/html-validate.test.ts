/**
 * Every built page passes html-validate under the committed `.htmlvalidate.json`
 * (recommended + document presets). Checked on the output, not the templates, because
 * that is what browsers and assistive technology receive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distDir, listPages, readPage } from '../../scripts/built-site/site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = listPages();

describe('html-validate', () => {
  it('finds pages to validate', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('rejects a page broken on purpose, so the committed config is really in force', async () => {
    const broken = readFileSync(new URL('./fixtures/invalid.html', import.meta.url), 'utf8');
    const report = await validator.validateString(broken, join(distDir, 'fixture.html'));
    const rules = report.results.flatMap((result) => result.messages.map((m) => m.ruleId));
    expect([...new Set(rules)].sort()).toEqual([
      'heading-level',
      'input-missing-label',
      'no-dup-id',
      'no-implicit-button-type',
      'no-inline-style',
      'wcag/h37',
    ]);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s is valid HTML', async (_path, page) => {
    const report = await validator.validateString(readPage(page), page.file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
