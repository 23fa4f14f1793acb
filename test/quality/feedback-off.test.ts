/**
 * dist/ is built with no feedback settings, as most sites will be: then no page carries the
 * feedback form, the view beacon, a view count or a policy opening for a receiver, and a
 * calculator-free article still ships no JavaScript. test/e2e/feedback.test.ts covers "on".
 */
import { describe, expect, it } from 'vitest';
import { listPages, readPage } from '../../scripts/built-site/site.ts';

const pages = listPages().map((built) => ({ path: built.path, html: readPage(built) }));

describe('feedback and view counts, switched off', () => {
  it('no page has the form, the beacon or a view count', () => {
    const marked = pages
      .filter(({ html }) => /pulse-feedback|feedback-thanks|pulse-view-beacon|class="view-count"/.test(html))
      .map(({ path }) => path);
    expect(marked).toEqual([]);
  });

  it('no page mentions a number of views', () => {
    const text = (html: string) => html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');
    const mentions = pages
      .filter(({ html }) => /\b\d[\d.,]*\s*[KMB]?\s+views?\b/i.test(text(html)))
      .map(({ path }) => path);
    expect(mentions).toEqual([]);
  });

  it("keeps the policy's form-action to the site and adds no connect-src", () => {
    for (const { path, html } of pages) {
      const policy = /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(policy, path).toMatch(/form-action 'self';/);
      expect(policy, path).not.toMatch(/connect-src/);
    }
  });

  it('a calculator-free article ships no JavaScript', () => {
    const article = pages.find(({ path }) => path === '/library/fractional-cro-healthtech-kpis/');
    expect(article).toBeDefined();
    const scripts = article!.html.match(/<script\b(?![^>]*type="application\/ld\+json")[^>]*>/g) ?? [];
    expect(scripts).toEqual([]);
  });
});
