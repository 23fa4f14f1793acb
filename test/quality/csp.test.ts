/**
 * Every built page carries a Content-Security-Policy that its own markup satisfies: no
 * inline script or style without a listed hash, no handler or style attribute the policy
 * blocks. The browser run (test/e2e/security.test.ts) confirms it with real violations.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findPolicyProblems, parsePolicy, sourcesFor } from './csp';
import { listPages, readPage } from '../../scripts/built-site/site.ts';

const pages = listPages();
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, head: string, body = '') =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body>${body}</body></html>`;

describe('content security policy', () => {
  it.each(pages.map((built) => [built.path, built] as const))('%s satisfies its own policy', (_path, built) => {
    expect(findPolicyProblems(readPage(built))).toEqual([]);
  });
});

describe('policy checker', () => {
  const script = 'console.log(1)';
  const policy = `default-src 'self'; script-src 'self' ${sha(script)}; style-src 'self'`;

  it('passes hashed inline scripts, external files and JSON-LD data', () => {
    const html = page(
      policy,
      `<script>${script}</script><script type="module" src="/a.js"></script><script type="application/ld+json">{}</script>`,
    );
    expect(findPolicyProblems(html)).toEqual([]);
  });

  it('reports unhashed inline code, blocked attributes and a policy that comes too late', () => {
    const html = page(
      policy,
      '<style>p{}</style>',
      '<script>alert(1)</script><button onclick="go()">x</button><p style="color:red">y</p>',
    );
    expect(findPolicyProblems(html)).toEqual([
      `line 1: inline <style> whose hash ${sha('p{}')} the policy does not list`,
      `line 1: inline <script> whose hash ${sha('alert(1)')} the policy does not list`,
      'line 1: onclick="…" attribute blocked by script-src-attr',
      'line 1: style="…" attribute blocked by style-src-attr',
    ]);
    const late = `<html><head><script type="application/ld+json">{}</script><script src="/a.js"></script><meta http-equiv="content-security-policy" content="${policy}"></head></html>`;
    expect(findPolicyProblems(late)).toEqual([
      '<script src="/a.js"> comes before the policy, which only governs what follows it',
    ]);
  });

  it("rejects a missing policy and script-src 'unsafe-inline'", () => {
    expect(findPolicyProblems('<html><head></head></html>')).toEqual([
      'expected one <meta http-equiv="content-security-policy">, found 0',
    ]);
    expect(findPolicyProblems(page("script-src 'unsafe-inline'", ''))).toEqual(["script-src allows 'unsafe-inline'"]);
  });

  it('follows the fallback chain from -elem and -attr directives to default-src', () => {
    const parsed = parsePolicy("default-src 'self'; style-src-attr 'unsafe-inline'");
    expect(sourcesFor(parsed, 'style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(sourcesFor(parsed, 'script-src-elem')).toEqual(["'self'"]);
  });
});
