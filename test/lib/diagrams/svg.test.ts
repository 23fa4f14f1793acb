import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RenderedDiagram } from '~/lib/diagrams/cache';
import { prepareSvg } from '~/lib/diagrams/svg';

// Real mermaid 12 output captured from a render with getMermaidConfig(). If the palette in
// theme.ts changes, re-capture it from .cache/diagrams after a build.
const load = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../fixtures/diagrams/rendered/${name}.json`, import.meta.url), 'utf8'),
  ) as RenderedDiagram;
const plan = load('plan-lr');
const styled = load('styled-node');

const minimal = [
  '<svg id="dg-a" width="100%" xmlns="http://www.w3.org/2000/svg" class="flowchart" style="max-width: 200px;"',
  ' viewBox="-8 -8 200.5 100" role="graphics-document document" aria-roledescription="flowchart-v2"',
  ' aria-describedby="chart-desc-dg-a" aria-labelledby="chart-title-dg-a">',
  '<title id="chart-title-dg-a">Old title</title><desc id="chart-desc-dg-a">Old desc</desc>',
  '<style>#dg-a .node rect{fill:#e3f2ef;}</style>',
  '<marker id="dg-a_used"><path d="M0 0"></path></marker><marker id="dg-a_unused"><path d="M0 0"></path></marker>',
  '<path id="dg-a-L_A_B_0" data-points="AAAA" data-id="L" style="" marker-end="url(#dg-a_used)"></path>',
  '<path fill="#e3f2ef" style="stroke:#0b6b63"/><rect fill="#e3f2ef"></rect></svg>',
].join('');

describe('prepareSvg', () => {
  const prepared = prepareSvg(minimal, {
    renderedId: 'dg-a',
    id: 'dg-a-2',
    title: 'Deal <funnel>',
    description: 'Lead & won',
  });

  it('gives the root our id, a fixed size from the viewBox, role img and our title and description', () => {
    expect(prepared.svg).toMatch(
      /^<svg id="dg-a-2" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="-8 -8 200.5 100" class="dg-a" width="200.5" height="100" role="img" aria-labelledby="dg-a-2-title" aria-describedby="dg-a-2-desc"><title id="dg-a-2-title">Deal &lt;funnel&gt;<\/title><desc id="dg-a-2-desc">Lead &amp; won<\/desc><marker/,
    );
    expect(prepared).toMatchObject({ width: 200.5, height: 100, fixedColors: false });
    expect(prepared.svg).not.toMatch(/Old title|Old desc|graphics-document|max-width|aria-roledescription/);
  });

  it('renames every id and reference, and keeps only the arrowheads in use', () => {
    expect(prepared.svg).toContain('<marker id="dg-a-2_used">');
    expect(prepared.svg).toContain('marker-end="url(#dg-a-2_used)"');
    expect(prepared.svg).not.toContain('unused');
    expect(prepared.svg).not.toMatch(/data-points|data-id|style=""/);
  });

  it('moves themed paint out of presentation attributes, where var() is not allowed, into classes', () => {
    expect(prepared.svg).toContain('<path class="dg-a-s1"/><rect class="dg-a-s2"></rect>');
    expect(prepared.css).toContain(
      '.dg-a .dg-a-s1{stroke:var(--diagram-node-border, #0b6b63) !important;fill:var(--diagram-node-bg, #e3f2ef) !important}',
    );
    expect(prepared.css).toContain('.dg-a .dg-a-s2{fill:var(--diagram-node-bg, #e3f2ef) !important}');
  });

  it('leaves no <style> or style="" for the CSP to block: rules go to css, scoped to the shared class', () => {
    expect(prepared.svg).not.toMatch(/<style|\sstyle=/);
    expect(prepared.css.startsWith('.dg-a .node rect{fill:var(--diagram-node-bg, #e3f2ef);}')).toBe(true);
    const firstUse = prepareSvg(minimal, { renderedId: 'dg-a', id: 'dg-a', title: 'Other' });
    expect(firstUse.css).toBe(prepared.css);
  });

  it('omits aria-describedby when there is no description', () => {
    const bare = prepareSvg(minimal, { renderedId: 'dg-a', id: 'dg-a', title: 'T' });
    expect(bare.svg).not.toContain('aria-describedby');
    expect(bare.svg).not.toContain('<desc');
  });

  it('rejects output without a viewBox rather than guessing a size', () => {
    expect(() => prepareSvg('<svg id="dg-a"></svg>', { renderedId: 'dg-a', id: 'dg-a', title: 'T' })).toThrow(
      /viewBox/,
    );
  });

  it('themes a real flowchart completely and leaves no old id behind', () => {
    const real = prepareSvg(plan.svg, { renderedId: plan.id, id: 'dg-plan', title: 'Plan' });
    expect(real.fixedColors).toBe(false);
    // The rendered id survives only as the class every use shares with its stylesheet.
    expect(real.svg.replace(/\sclass="[^"]*"/g, '').split(plan.id)).toHaveLength(1);
    expect(real.svg).not.toMatch(/<style|\sstyle=/);
    expect([...real.svg.matchAll(/\sid="([^"]+)"/g)].every(([, id]) => id!.startsWith('dg-plan'))).toBe(true);
    expect(real.svg).not.toContain('<foreignObject');
    expect(real.svg.length).toBeLessThan(plan.svg.length * 0.9);
  });

  it('flags a diagram whose editor fixed its own colours', () => {
    expect(prepareSvg(styled.svg, { renderedId: styled.id, id: 'dg-s', title: 'S' }).fixedColors).toBe(true);
  });
});
