/**
 * Every article's Markdown twin in dist/ keeps the page's rules and says what the page
 * says: no MDX machinery, no script, no raw HTML, every link absolute and safe, and each
 * benchmark target worded exactly as the KPI card on the page words it. The twin is read
 * back with the body pipeline's own parser, so "a link" means what Markdown means by it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distDir, listFiles } from '../../scripts/built-site/site.ts';
import { analyzeMarkdown } from '../../src/lib/markdown/analyze.ts';
import { articleCollections, sections } from '../../src/lib/routes.ts';

const prefixes = articleCollections.map((collection) => sections[collection].path.slice(1));
const twins = listFiles(distDir).filter(
  (file) =>
    file.endsWith('.md') && prefixes.some((prefix) => file.startsWith(prefix) && !file.includes('/', prefix.length)),
);
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');

describe('Markdown twins', () => {
  it('exist for every article collection, each beside its page', () => {
    for (const prefix of prefixes) expect(twins.some((file) => file.startsWith(prefix))).toBe(true);
    const orphans = twins.filter((file) => !existsSync(join(distDir, file.replace(/\.md$/, '/index.html'))));
    expect(orphans).toEqual([]);
  });

  it.each(twins)('%s: no MDX, no script, no raw HTML, only absolute safe links', (file) => {
    const text = read(file);
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toMatch(/javascript:/i);
    const facts = analyzeMarkdown(text, 'markdown');
    expect(facts.html.map((node) => `${file}:${node.line} ${node.value}`)).toEqual([]);
    expect(facts.text).not.toMatch(/^(import|export) /m);
    const relative = facts.links.filter((link) => !/^(https?:\/\/|mailto:)/.test(link.href));
    expect(relative.map((link) => `${file}:${link.line} ${link.href}`)).toEqual([]);
  });
});

describe('benchmark targets', () => {
  const industries = twins.filter((file) => file.startsWith(sections.industries.path.slice(1)));

  it.each(industries)('%s: each target reads as on its page', async (file) => {
    const html = read(file.replace(/\.md$/, '/index.html'));
    const parser = new Parser(await new StaticConfigLoader().getConfigFor('page.html'));
    const targets = parser
      .parseHtml(html)
      .querySelectorAll('p.target')
      .map((element) => element.textContent.replace(/\s+/g, ' ').trim().replace(/&amp;/g, '&'));
    expect(targets.length).toBeGreaterThan(0);
    const twin = read(file);
    expect(targets.filter((target) => !twin.includes(`  - ${target}\n`))).toEqual([]);
  });
});
