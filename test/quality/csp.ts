/**
 * Reads a page's <meta> Content-Security-Policy and finds markup the policy would block:
 * inline scripts and styles whose hash it does not list, event-handler and style
 * attributes it does not allow, and anything placed before the policy takes effect.
 */
import { createHash } from 'node:crypto';

export type Policy = Map<string, string[]>;

/** "script-src 'self' 'sha256-…'; style-src 'self'" → Map { script-src → ['self', …] }. */
export function parsePolicy(content: string): Policy {
  const policy: Policy = new Map();
  for (const directive of content.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources in force for `directive`, following CSP's fallback chain. */
export function sourcesFor(policy: Policy, directive: string): string[] | undefined {
  const chains: Record<string, string[]> = {
    'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
    'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
    'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
    'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
  };
  for (const name of chains[directive] ?? [directive, 'default-src']) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}

function hashOf(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Script types a browser does not execute, so CSP does not gate them. */
const dataScriptTypes = /^(application\/(ld\+)?json|text\/(template|x-template|plain))$/i;

/** Whether inline content (or an attribute, when `hashes` is false) may run under `sources`. */
function allowsInline(sources: string[] | undefined, text: string | undefined): boolean {
  if (!sources) return true;
  const hashed = sources.some((source) => /^'(sha(256|384|512)|nonce)-/.test(source));
  if (sources.includes("'unsafe-inline'") && !hashed) return true;
  return text !== undefined && sources.includes(hashOf(text));
}

const lineOf = (html: string, index: number) => html.slice(0, index).split('\n').length;

/** Every reason the page's own policy would block part of the page; [] when it satisfies it. */
export function findPolicyProblems(html: string): string[] {
  const metas = [...html.matchAll(/<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/gi)];
  if (metas.length !== 1) return [`expected one <meta http-equiv="content-security-policy">, found ${metas.length}`];
  const meta = metas[0]!;
  const policy = parsePolicy(/\bcontent="([^"]*)"/i.exec(meta[0])?.[1] ?? '');
  const problems: string[] = [];
  const scriptSources = sourcesFor(policy, 'script-src-elem');
  if (!scriptSources) problems.push('the policy sets neither script-src nor default-src');
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'"]) {
    if (scriptSources?.includes(unsafe)) problems.push(`script-src allows ${unsafe}`);
  }
  const before = [...html.slice(0, meta.index).matchAll(/<script\b([^>]*)>|<style\b|<link\b[^>]*rel=["']?stylesheet/gi)]
    .filter((match) => !dataScriptTypes.test(/\btype=["']?([^"'\s>]+)/i.exec(match[1] ?? '')?.[1] ?? ''))
    .map((match) => match[0]);
  if (before.length > 0)
    problems.push(`${before.join(', ')} comes before the policy, which only governs what follows it`);

  for (const match of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
    const [, tag = '', attributes = '', body = ''] = match;
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1] ?? '';
    if (/\bsrc=/i.test(attributes) || (tag.toLowerCase() === 'script' && dataScriptTypes.test(type))) continue;
    if (!allowsInline(sourcesFor(policy, `${tag.toLowerCase()}-src-elem`), body)) {
      problems.push(
        `line ${lineOf(html, match.index)}: inline <${tag}> whose hash ${hashOf(body)} the policy does not list`,
      );
    }
  }
  for (const match of html.matchAll(/<[a-z][\w:-]*(?:\s[^>]*?)?\s(on[a-z]+|style)=/gi)) {
    const attribute = (match[1] ?? '').toLowerCase();
    const directive = attribute === 'style' ? 'style-src-attr' : 'script-src-attr';
    if (!allowsInline(sourcesFor(policy, directive), undefined)) {
      problems.push(`line ${lineOf(html, match.index)}: ${attribute}="…" attribute blocked by ${directive}`);
    }
  }
  return problems;
}
