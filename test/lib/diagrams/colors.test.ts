import { describe, expect, it } from 'vitest';
import { findFixedColors, themeCss } from '~/lib/diagrams/colors';
import { getMermaidConfig, palette } from '~/lib/diagrams/theme';

const role = (property: string) => palette.find((r) => r.property === property)!;
const node = role('--diagram-node-bg');
const surface = role('--diagram-surface');

describe('themeCss', () => {
  it('turns each palette colour into its custom property, keeping the colour as fallback', () => {
    expect(themeCss(`#d .node rect{fill:${node.light};}`)).toBe(
      `#d .node rect{fill:var(--diagram-node-bg, ${node.light});}`,
    );
    expect(themeCss(`fill:${node.light.toUpperCase()}`)).toBe(`fill:var(--diagram-node-bg, ${node.light})`);
  });

  it('recognises the rgb() and rgba() forms mermaid derives from the palette', () => {
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(surface.light.slice(i, i + 2), 16));
    expect(themeCss(`fill: rgb(${r}, ${g}, ${b})`)).toBe(`fill: var(--diagram-surface, ${surface.light})`);
    expect(themeCss(`background-color:rgba(${r}, ${g}, ${b}, 0.5);`)).toBe(
      `background-color:color-mix(in srgb, var(--diagram-surface, ${surface.light}) 50%, transparent);`,
    );
  });

  it('leaves colours outside the palette, ids and character references alone', () => {
    const css = '#dg-1 .x{fill:#ff00ff;stroke:#333}';
    expect(themeCss(css)).toBe(css);
    expect(themeCss('Ticket &#39;#123&#39;')).toBe('Ticket &#39;#123&#39;');
  });

  it('softens the neo look’s fixed grey shadow into a property', () => {
    expect(themeCss('filter:drop-shadow( 1px 2px 2px rgba(185,185,185,1));')).toBe(
      'filter:drop-shadow( 1px 2px 2px var(--diagram-shadow, rgba(185,185,185,1)));',
    );
  });
});

describe('findFixedColors', () => {
  it('reports colours that no property stands for, ignoring those inside var() fallbacks', () => {
    expect(findFixedColors(themeCss(`fill:${node.light};stroke:#f9f;color:hsl(10, 50%, 50%)`))).toEqual([
      '#f9f',
      'hsl(',
    ]);
    expect(findFixedColors(themeCss('filter:drop-shadow(0 0 1px rgba(185,185,185,1))'))).toEqual([]);
  });

  it('ignores the black mermaid uses in rules flowcharts never match', () => {
    expect(findFixedColors('.katex path{fill:#000;} .state-start{fill:#000000;}')).toEqual([]);
  });
});

describe('palette', () => {
  it('gives every role a distinct marker colour, or replacements would be ambiguous', () => {
    const colors = palette.map((r) => r.light.toLowerCase());
    expect(new Set(colors).size).toBe(colors.length);
    expect(colors.every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
  });

  it('hands mermaid every theme variable a flowchart paints with', () => {
    const variables = getMermaidConfig().themeVariables as Record<string, string>;
    for (const name of [
      'mainBkg',
      'nodeBorder',
      'lineColor',
      'clusterBkg',
      'clusterBorder',
      'edgeLabelBackground',
      'titleColor',
      'nodeTextColor',
    ]) {
      expect(palette.map((r) => r.light)).toContain(variables[name]);
    }
  });
});
